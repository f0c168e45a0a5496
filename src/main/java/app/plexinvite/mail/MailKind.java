package app.plexinvite.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every e-mail Plex Invite sends: to whom, and which templates ({@code templates/mail/}
 * {@link #template()}{@code .html} and {@code .txt}) render it. Each value carries the
 * sentence the e-mail page shows.
 */
enum MailKind {

	REQUEST_CREATED(Audience.OWNER, "Someone asked for access (and whether it waits for your approval)."),

	INVITE_FAILED(Audience.OWNER, "An invite could not be sent, and why."),

	PERSON_JOINED(Audience.OWNER, "Someone accepted their invite."),

	EXPIRING_SOON(Audience.OWNER, "Someone's access ends soon."),

	EXPIRED(Audience.OWNER, "Someone's access ended and was removed."),

	SYNC_TROUBLE(Audience.OWNER, "The sync with plex.tv failed or was incomplete."),

	WEBHOOK_DISABLED(Audience.OWNER, "A webhook, Discord or ntfy endpoint was disabled after failing for a day."),

	INVITE_LINK(Audience.INVITEE, "An invite link you e-mail from its page."),

	REQUEST_APPROVED(Audience.INVITEE, "Their request was approved."),

	REQUEST_DENIED(Audience.INVITEE, "Their request was denied, with your reason."),

	WELCOME(Audience.INVITEE, "Welcome after joining, with the guide."),

	EXPIRY_WARNING(Audience.INVITEE, "Their access ends soon."),

	TEST(Audience.OWNER, "The test e-mail from the e-mail page.");

	private final Audience audience;

	private final String meaning;

	MailKind(Audience audience, String meaning) {
		this.audience = audience;
		this.meaning = meaning;
	}

	Audience audience() {
		return this.audience;
	}

	public String meaning() {
		return this.meaning;
	}

	/** The templates' name and the message keys' part: {@code request-created}. */
	public String template() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The owner's notifications, which the owner can switch off one by one. */
	static List<MailKind> ownerChoices() {
		return Arrays.stream(values()).filter((kind) -> kind.audience == Audience.OWNER && kind != TEST).toList();
	}

	static Optional<MailKind> fromTemplate(String template) {
		return Arrays.stream(values()).filter((kind) -> kind.template().equals(template)).findFirst();
	}

	/** Who receives a kind. */
	enum Audience {

		OWNER, INVITEE

	}

}
