package app.plexinvite.notify;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a notification says to a person (Discord embeds, ntfy pushes): a title, one
 * sentence, a colour and ntfy's priority and tag. In English: these messages go to the
 * owner's own channels, not to a page with a chosen language.
 */
final class NotificationText {

	private static final int AMBER = 0xE5A00D;

	private static final int GREEN = 0x2E9E5B;

	private static final int RED = 0xD9413A;

	private static final int GREY = 0x8A8F98;

	private NotificationText() {
	}

	static String title(EventType type) {
		return switch (type) {
			case REQUEST_CREATED -> "New request";
			case REQUEST_APPROVED -> "Request approved";
			case REQUEST_DENIED -> "Request denied";
			case INVITE_SENT -> "Invite sent";
			case INVITE_FAILED -> "Invite failed";
			case INVITE_ACCEPTED -> "Invite accepted";
			case LINK_REDEEMED -> "Invite link used";
			case USER_EXPIRING -> "Access ends soon";
			case USER_EXPIRED -> "Access expired";
			case USER_REVOKED -> "Access removed";
			case TEST -> "Test event";
		};
	}

	static String sentence(Notification notification) {
		Map<String, Object> data = notification.data();
		String who = who(data);
		return switch (notification.type()) {
			case REQUEST_CREATED -> capital(who) + " asked for access"
					+ (Boolean.TRUE.equals(data.get("awaiting_approval")) ? " and waits for your approval." : ".");
			case REQUEST_APPROVED -> "You approved the request of " + who + ".";
			case REQUEST_DENIED -> "You denied the request of " + who + ".";
			case INVITE_SENT -> "The server was shared with " + who + ".";
			case INVITE_FAILED -> "The invite for " + who + " failed: " + data.get("reason");
			case INVITE_ACCEPTED -> capital(who) + " accepted the invite.";
			case LINK_REDEEMED ->
				capital(who) + " used the invite link " + Objects.requireNonNullElse(data.get("label"), "") + ".";
			case USER_EXPIRING -> "The access of " + who + " ends at " + data.get("ends_at") + ".";
			case USER_EXPIRED -> "The access of " + who + " ended and was removed.";
			case USER_REVOKED -> "The access of " + who + " was removed.";
			case TEST -> String.valueOf(data.get("message"));
		};
	}

	static int colour(EventType type) {
		return switch (type) {
			case REQUEST_CREATED, USER_EXPIRING, TEST -> AMBER;
			case REQUEST_APPROVED, INVITE_SENT, INVITE_ACCEPTED, LINK_REDEEMED -> GREEN;
			case REQUEST_DENIED, INVITE_FAILED, USER_REVOKED -> RED;
			case USER_EXPIRED -> GREY;
		};
	}

	/** ntfy's priority, 1 (min) to 5 (max): what needs the owner is 4. */
	static int priority(EventType type) {
		return switch (type) {
			case INVITE_FAILED, REQUEST_CREATED -> 4;
			case USER_EXPIRED, USER_REVOKED, REQUEST_DENIED -> 2;
			default -> 3;
		};
	}

	/** ntfy tags: the first one that names an emoji is shown as one. */
	static String tags(EventType type) {
		String emoji = switch (type) {
			case REQUEST_CREATED -> "inbox_tray";
			case REQUEST_APPROVED, INVITE_SENT -> "white_check_mark";
			case REQUEST_DENIED, USER_REVOKED -> "no_entry";
			case INVITE_FAILED -> "warning";
			case INVITE_ACCEPTED, LINK_REDEEMED -> "tada";
			case USER_EXPIRING -> "hourglass";
			case USER_EXPIRED -> "calendar";
			case TEST -> "test_tube";
		};
		return emoji + ",plex-invite," + type.wireName();
	}

	private static String who(Map<String, Object> data) {
		return Stream.of("username", "name", "identifier", "email")
			.map(data::get)
			.filter((value) -> value != null && !String.valueOf(value).isBlank())
			.map(String::valueOf)
			.findFirst()
			.orElse("someone");
	}

	/** {@code plex_account_id} as "Plex account id". */
	static String label(String key) {
		String words = key.replace('_', ' ');
		return capital(words.replace("plex ", "Plex "));
	}

	private static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
