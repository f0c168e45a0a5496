package app.plexinvite.mail;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings in force: each SMTP value from the environment when set there, else as the
 * owner stored it on the e-mail page.
 *
 * @param host the SMTP server, or null when e-mail is not set up
 * @param port its port
 * @param security how the connection is protected
 * @param username the SMTP user, or null to send without signing in
 * @param password the SMTP password, or null (never shown, never logged)
 * @param from the sender address, or null when e-mail is not set up
 * @param ownerEmail where the owner's notifications go, or null
 * @param ownerLanguage the language of the owner's e-mails, and of invitees' whose
 * language is unknown
 * @param inviteesEnabled whether invitees get e-mails
 * @param ownerKindsOff the owner's notifications switched off
 * @param fromEnvironment which fields the environment sets (shown read-only): host, port,
 * security, username, password, from, ownerEmail
 */
record MailSettings(@Nullable String host, int port, SmtpSecurity security, @Nullable String username,
		@Nullable String password, @Nullable String from, @Nullable String ownerEmail, Locale ownerLanguage,
		boolean inviteesEnabled, Set<MailKind> ownerKindsOff, Set<String> fromEnvironment) {

	static final int DEFAULT_PORT = 587;

	/** Whether there is a server and a sender to send with. */
	public boolean configured() {
		return this.host != null && this.from != null;
	}

	/** Whether the owner wants this notification (and can get it). */
	boolean ownerWants(MailKind kind) {
		return configured() && this.ownerEmail != null && !this.ownerKindsOff.contains(kind);
	}

	boolean inviteesGetMail() {
		return configured() && this.inviteesEnabled;
	}

	public boolean passwordSet() {
		return this.password != null;
	}

	@Override
	public String toString() {
		return "MailSettings[host=" + this.host + ", port=" + this.port + ", security=" + this.security + ", username="
				+ this.username + ", password=" + (passwordSet() ? "(set)" : "(none)") + "]";
	}

}
