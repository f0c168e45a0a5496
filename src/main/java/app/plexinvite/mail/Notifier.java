package app.plexinvite.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexClient;

/**
 * Queues a notification when the settings allow it: to the owner in the owner's language
 * when that kind is switched on, to an invitee in their language (the owner's when
 * unknown) when invitees get e-mails and their address is known. Never throws: a failure
 * is logged, the publisher goes on.
 */
@Component
class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final MailSetup setup;

	private final MailQueue queue;

	private final PlexClient plex;

	private final MailProperties.PublicAddress address;

	Notifier(MailSetup setup, MailQueue queue, PlexClient plex, MailProperties.PublicAddress address) {
		this.setup = setup;
		this.queue = queue;
		this.plex = plex;
		this.address = address;
	}

	void toOwner(MailKind kind, Map<String, Object> variables) {
		try {
			MailSettings settings = this.setup.current();
			if (settings.ownerWants(kind)) {
				this.queue.add(kind, settings.ownerEmail(), settings.ownerLanguage(), withServer(variables));
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not queue the owner's {} e-mail: {}", kind, ex.toString());
		}
	}

	void toInvitee(MailKind kind, @Nullable String email, @Nullable Locale locale, Map<String, Object> variables) {
		try {
			MailSettings settings = this.setup.current();
			if (settings.inviteesGetMail() && valid(email)) {
				Locale language = MailLanguages.resolve(locale, settings.ownerLanguage());
				this.queue.add(kind, email.strip(), language, withServer(variables));
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not queue the {} e-mail to an invitee: {}", kind, ex.toString());
		}
	}

	/** PUBLIC_URL + path, or null without PUBLIC_URL. */
	@Nullable String link(String path) {
		return this.address.to(path);
	}

	Map<String, Object> withServer(Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		String server = this.plex.serverName();
		if (server != null) {
			all.put("serverName", server);
		}
		return all;
	}

	static boolean valid(@Nullable String email) {
		if (email == null || email.isBlank() || email.length() > 320) {
			return false;
		}
		try {
			new InternetAddress(email.strip(), true).validate();
			return email.contains("@");
		}
		catch (AddressException ex) {
			return false;
		}
	}

}
