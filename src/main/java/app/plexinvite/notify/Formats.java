package app.plexinvite.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The request each endpoint kind gets for a stored delivery. Generic: the stored JSON,
 * signed. Discord: an execute-webhook message with one embed, within Discord's documented
 * embed limits (title 256, description 4096, 25 fields of name 256 and value 1024, 6000
 * characters in all; the description gives way), with {@code allowed_mentions} empty so
 * no text from an invitee pings anyone. ntfy: a plain-text publish with the Title, Tags
 * and Priority headers of ntfy's publish API and, when set,
 * {@code Authorization: Bearer <token>}.
 */
final class Formats {

	static final String USER_AGENT = "PlexInvite/" + version();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Discord's limit on all the text of an embed together. */
	static final int EMBED_TOTAL = 6000;

	private Formats() {
	}

	static OutgoingRequest generic(Endpoint endpoint, Delivery delivery, String secret, Instant now) {
		byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
		long timestamp = now.getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("User-Agent", USER_AGENT);
		headers.put("X-PlexInvite-Event", delivery.eventType());
		headers.put("X-PlexInvite-Delivery", delivery.eventId());
		headers.put("X-PlexInvite-Timestamp", Long.toString(timestamp));
		headers.put("X-PlexInvite-Signature", Signature.sign(secret, timestamp, body));
		return new OutgoingRequest(URI.create(endpoint.url()), headers, body);
	}

	static OutgoingRequest discord(Endpoint endpoint, Delivery delivery) {
		Notification notification = Notification.parse(delivery.payload());
		List<Map<String, Object>> fields = new ArrayList<>();
		notification.data().forEach((key, value) -> {
			if (value != null && !String.valueOf(value).isBlank() && fields.size() < 25) {
				fields.add(Map.of("name", cut(NotificationText.label(key), 256), "value",
						cut(String.valueOf(value), 1024), "inline", true));
			}
		});
		String title = cut(NotificationText.title(notification.type()), 256);
		int used = title.length() + fields.stream()
			.mapToInt((field) -> field.get("name").toString().length() + field.get("value").toString().length())
			.sum();
		Map<String, Object> embed = new LinkedHashMap<>();
		embed.put("title", title);
		embed.put("description",
				cut(NotificationText.sentence(notification), Math.max(1, Math.min(4096, EMBED_TOTAL - used))));
		embed.put("color", NotificationText.colour(notification.type()));
		embed.put("timestamp", notification.createdAt().toString());
		embed.put("fields", fields);
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("username", "Plex Invite");
		message.put("embeds", List.of(embed));
		// Names come from invitees: a "@everyone" or "<@&role>" in one must never ping.
		message.put("allowed_mentions", Map.of("parse", List.of()));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("User-Agent", USER_AGENT);
		return new OutgoingRequest(URI.create(endpoint.url()), headers, JSON.writeValueAsBytes(message));
	}

	static OutgoingRequest ntfy(Endpoint endpoint, Delivery delivery, String token) {
		Notification notification = Notification.parse(delivery.payload());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "text/plain; charset=utf-8");
		headers.put("User-Agent", USER_AGENT);
		headers.put("Title", headerText(NotificationText.title(notification.type())));
		headers.put("Tags", NotificationText.tags(notification.type()));
		headers.put("Priority", Integer.toString(NotificationText.priority(notification.type())));
		if (token != null) {
			headers.put("Authorization", "Bearer " + token);
		}
		byte[] body = cut(NotificationText.sentence(notification), 4096).getBytes(StandardCharsets.UTF_8);
		return new OutgoingRequest(URI.create(endpoint.url()), headers, body);
	}

	/**
	 * Text for a header: ASCII as it is, anything else as an RFC 2047 word ntfy decodes.
	 */
	static String headerText(String text) {
		if (text.chars().allMatch((c) -> c >= 0x20 && c < 0x7f)) {
			return text;
		}
		return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
	}

	static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private static String version() {
		String version = Formats.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "dev";
	}

}
