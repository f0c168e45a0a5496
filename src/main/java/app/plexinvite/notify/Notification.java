package app.plexinvite.notify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * One event as endpoints receive it, built once per event. Its JSON (schema version
 * {@value #SCHEMA_VERSION}) is documented in the README: {@code id}, {@code type},
 * {@code created_at}, {@code schema_version} and {@code data}, whose fields depend on the
 * type, are always present (null when unknown) and never hold a token or secret.
 *
 * @param id a fresh UUID: the receiver's key for ignoring a repeated delivery
 * @param type what happened
 * @param createdAt when it happened, UTC, milliseconds
 * @param data the type's fields, in documented order
 */
record Notification(String id, EventType type, Instant createdAt, Map<String, Object> data) {

	static final int SCHEMA_VERSION = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Notification of(EventType type, Instant at, Map<String, Object> data) {
		return new Notification(UUID.randomUUID().toString(), type, at.truncatedTo(ChronoUnit.MILLIS), data);
	}

	String json() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", this.id);
		body.put("type", this.type.wireName());
		body.put("created_at", this.createdAt.toString());
		body.put("schema_version", SCHEMA_VERSION);
		body.put("data", this.data);
		return JSON.writeValueAsString(body);
	}

	/** Reads a stored payload back (Discord and ntfy bodies are made from it). */
	@SuppressWarnings("unchecked")
	static Notification parse(String json) {
		Map<String, Object> body = JSON.readValue(json, LinkedHashMap.class);
		EventType type = EventType.ofWireName(String.valueOf(body.get("type"))).orElse(EventType.TEST);
		return new Notification(String.valueOf(body.get("id")), type,
				Instant.parse(String.valueOf(body.get("created_at"))),
				(Map<String, Object>) body.getOrDefault("data", Map.of()));
	}

	/** Alternating keys and values, in order; instants become ISO-8601 text. */
	static Map<String, Object> data(Object... keysAndValues) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			data.put((String) keysAndValues[i], (value instanceof Instant instant) ? instant.toString() : value);
		}
		return data;
	}

}
