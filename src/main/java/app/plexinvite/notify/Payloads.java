package app.plexinvite.notify;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.InviteFailed;
import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.RequestDecided;
import app.plexinvite.links.LinkRedeemed;
import app.plexinvite.users.AccessEnded;
import app.plexinvite.users.AccessExpiringSoon;
import app.plexinvite.users.PersonJoined;
import app.plexinvite.users.PersonState;

import static app.plexinvite.notify.Notification.data;

/**
 * The other features' events as notifications: which type each is and which fields its
 * {@code data} holds (the README's table lists them). Events no endpoint can subscribe to
 * give nothing. An event without its own time (expiring soon) takes {@code now}.
 */
final class Payloads {

	private Payloads() {
	}

	static Optional<Notification> of(Object event, Instant now) {
		return Optional.ofNullable(switch (event) {
			case RequestCreated e -> Notification.of(EventType.REQUEST_CREATED, e.at(),
					data("request_id", e.requestId(), "identifier", e.identifier(), "email", e.email(),
							"awaiting_approval", e.awaitingApproval(), "link_id", e.linkId()));
			case RequestDecided e ->
				Notification.of(e.approved() ? EventType.REQUEST_APPROVED : EventType.REQUEST_DENIED, e.at(),
						data("request_id", e.requestId(), "identifier", e.identifier(), "email", e.email(),
								"deny_reason", e.approved() ? null : e.denyReason()));
			case AccessGranted e -> Notification.of(EventType.INVITE_SENT, e.at(),
					data("source", source(e.source()), "record_id", e.recordId(), "label", e.label(), "plex_account_id",
							e.plexAccountId(), "username", e.username(), "email", e.email(), "accepted", e.accepted(),
							"profile_id", e.profileId(), "access_ends_at", e.accessEndsAt()));
			case InviteFailed e -> Notification.of(EventType.INVITE_FAILED, e.at(), data("source", source(e.source()),
					"record_id", e.recordId(), "identifier", e.identifier(), "email", e.email(), "reason", e.reason()));
			case PersonJoined e -> Notification.of(EventType.INVITE_ACCEPTED, e.at(),
					data("person_id", e.personId(), "name", e.name(), "email", e.email()));
			case LinkRedeemed e -> Notification.of(EventType.LINK_REDEEMED, e.at(),
					data("link_id", e.linkId(), "label", e.label(), "redemption_id", e.redemptionId(),
							"plex_account_id", e.plexAccountId(), "username", e.username(), "email", e.email(),
							"uses_left", e.usesLeft()));
			case AccessExpiringSoon e -> Notification.of(EventType.USER_EXPIRING, now,
					data("person_id", e.personId(), "name", e.name(), "email", e.email(), "ends_at", e.endsAt()));
			case AccessEnded e -> ended(e);
			default -> null;
		});
	}

	/** A test event for the owner's button. */
	static Notification test(Instant now) {
		return Notification.of(EventType.TEST, now,
				data("message", "This is a test event from Plex Invite. Your endpoint works."));
	}

	private static Notification ended(AccessEnded event) {
		EventType type = (event.reason() == PersonState.EXPIRED) ? EventType.USER_EXPIRED
				: (event.reason() == PersonState.REVOKED) ? EventType.USER_REVOKED : null;
		return (type != null) ? Notification.of(type, event.at(),
				data("person_id", event.personId(), "name", event.name(), "email", event.email())) : null;
	}

	private static String source(AccessGranted.Source source) {
		return source.name().toLowerCase(Locale.ROOT);
	}

}
