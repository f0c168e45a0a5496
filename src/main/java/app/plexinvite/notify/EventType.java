package app.plexinvite.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The events an endpoint can subscribe to, by their stable wire names. Each value carries
 * the sentence the endpoint form shows as help text.
 */
enum EventType {

	REQUEST_CREATED("request.created", "Someone asked for access (form or typed username on a link)."),

	REQUEST_APPROVED("request.approved", "You approved a request; the invite is sent next."),

	REQUEST_DENIED("request.denied", "You denied a request."),

	INVITE_SENT("invite.sent", "The server was shared with someone (new invite or updated share)."),

	INVITE_FAILED("invite.failed", "An invite could not be sent and will not be retried by itself."),

	INVITE_ACCEPTED("invite.accepted", "Someone accepted their invite."),

	LINK_REDEEMED("link.redeemed", "Someone used an invite link."),

	USER_EXPIRING("user.expiring", "Someone's access ends soon."),

	USER_EXPIRED("user.expired", "Someone's access ended at its end date and was removed."),

	USER_REVOKED("user.revoked", "You removed someone's access."),

	TEST("test", "A test event sent from the endpoint's page (never subscribed, always allowed).");

	private final String wireName;

	private final String description;

	EventType(String wireName, String description) {
		this.wireName = wireName;
		this.description = description;
	}

	/** The name in payloads and headers, e.g. {@code request.created}. */
	public String wireName() {
		return this.wireName;
	}

	public String description() {
		return this.description;
	}

	/** Every type an endpoint can pick (all but {@link #TEST}). */
	static List<EventType> subscribable() {
		return Arrays.stream(values()).filter((type) -> type != TEST).toList();
	}

	static Optional<EventType> ofWireName(String name) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(name)).findFirst();
	}

}
