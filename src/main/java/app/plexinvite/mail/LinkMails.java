package app.plexinvite.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import app.plexinvite.links.LinkOverview;
import app.plexinvite.links.LinkState;

/**
 * "E-mail this link to…": queues the invite-link e-mail with the link's full address
 * (from PUBLIC_URL), its personal message and expiry, in the chosen language.
 */
@Component
class LinkMails {

	private final MailSetup setup;

	private final MailQueue queue;

	private final Notifier notifier;

	LinkMails(MailSetup setup, MailQueue queue, Notifier notifier) {
		this.setup = setup;
		this.queue = queue;
		this.notifier = notifier;
	}

	/** Queues the e-mail, or says why not. */
	Outcome send(LinkOverview link, String address, @Nullable String language) {
		MailSettings settings = this.setup.current();
		if (!settings.configured()) {
			return Outcome.NOT_SET_UP;
		}
		if (!Notifier.valid(address)) {
			return Outcome.BAD_ADDRESS;
		}
		if (!link.absolute()) {
			return Outcome.NO_PUBLIC_URL;
		}
		if (link.state() != LinkState.ACTIVE) {
			return Outcome.CLOSED;
		}
		Locale locale = (language != null && MailLanguages.supported(language)) ? MailLanguages.parse(language)
				: settings.ownerLanguage();
		Map<String, Object> vars = new HashMap<>();
		vars.put("url", link.address());
		vars.put("message", link.link().message());
		vars.put("inviteeName", link.link().inviteeName());
		vars.put("expires", link.link().expiresAt());
		this.queue.add(MailKind.INVITE_LINK, address.strip(), locale, this.notifier.withServer(vars));
		this.queue.sendSoon();
		return Outcome.QUEUED;
	}

	/** What became of the owner's wish; each value is a message key's last part. */
	enum Outcome {

		QUEUED, NOT_SET_UP, BAD_ADDRESS, NO_PUBLIC_URL, CLOSED

	}

}
