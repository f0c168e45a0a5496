package app.plexinvite.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The SMTP part of the e-mail page. An empty password keeps the stored one; fields the
 * environment sets are not on the form (and ignored if sent).
 *
 * @param host the SMTP server's name
 * @param port its port (587 when empty)
 * @param security starttls, tls or none
 * @param username the SMTP user, empty to send without signing in
 * @param password a new password, or empty to keep the stored one
 * @param clearPassword remove the stored password
 * @param from the sender address, e.g. {@code Plex Invite <invite@example.com>}
 * @param ownerEmail where the owner's notifications go
 */
record SmtpForm(@Nullable @Size(max = 255) String host, @Nullable @Min(1) @Max(65535) Integer port,
		@Nullable SmtpSecurity security, @Nullable @Size(max = 320) String username,
		@Nullable @Size(max = 500) String password, @Nullable Boolean clearPassword,
		@Nullable @Size(max = 320) String from, @Nullable @Size(max = 320) String ownerEmail) {

	static SmtpForm of(MailSettings settings) {
		return new SmtpForm(settings.host(), settings.port(), settings.security(), settings.username(), null, false,
				settings.from(), settings.ownerEmail());
	}

	/** Without the password: a record's own toString would print it. */
	@Override
	public String toString() {
		return "SmtpForm[host=" + this.host + ", port=" + this.port + ", security=" + this.security + ", username="
				+ this.username + ", password="
				+ ((this.password == null || this.password.isEmpty()) ? "(empty)" : "(given)") + ", clearPassword="
				+ this.clearPassword + ", from=" + this.from + ", ownerEmail=" + this.ownerEmail + "]";
	}

	boolean clear() {
		return Boolean.TRUE.equals(this.clearPassword);
	}

	/** Problems Bean Validation cannot see, as field name and message key. */
	java.util.Map<String, String> problems() {
		java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
		if (blankToNull(this.from) != null && !sender(this.from)) {
			problems.put("from", "admin.email.error.from");
		}
		if (blankToNull(this.ownerEmail) != null && !Notifier.valid(this.ownerEmail)) {
			problems.put("ownerEmail", "admin.email.error.address");
		}
		if (blankToNull(this.host) != null && !this.host.strip().matches("[A-Za-z0-9.:\\[\\]-]+")) {
			problems.put("host", "admin.email.error.host");
		}
		return problems;
	}

	private static boolean sender(String from) {
		try {
			jakarta.mail.internet.InternetAddress[] parsed = jakarta.mail.internet.InternetAddress.parse(from.strip(),
					true);
			return parsed.length == 1 && Notifier.valid(parsed[0].getAddress());
		}
		catch (jakarta.mail.internet.AddressException ex) {
			return false;
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
