package app.plexinvite.notify;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A receiver the owner registered. Its secret and ntfy token are not part of this record
 * (see {@link Endpoints#secret(long)}).
 *
 * @param id the endpoint
 * @param name what the owner calls it
 * @param kind how requests to it look
 * @param url where deliveries go, exactly (redirects are never followed)
 * @param events the subscribed event types
 * @param hasToken whether an ntfy access token is stored
 * @param enabled whether new events are stored and sent for it
 * @param disabledReason why it was disabled, or null
 * @param disabledAt when it was disabled, or null
 * @param consecutiveFailures failed attempts since the last success
 * @param failingSince the first failed attempt since the last success, or null
 * @param lastSuccessAt the last 2xx answer, or null
 * @param createdAt when it was registered
 * @param updatedAt when it was last changed
 */
record Endpoint(long id, String name, EndpointKind kind, String url, Set<EventType> events, boolean hasToken,
		boolean enabled, String disabledReason, Instant disabledAt, int consecutiveFailures, Instant failingSince,
		Instant lastSuccessAt, Instant createdAt, Instant updatedAt) {

	/** The host deliveries go to, for lists (public for the template engine). */
	public String host() {
		String host = URI.create(this.url).getHost();
		return (host != null) ? host : this.url;
	}

	/**
	 * The subscribed types' wire names, comma-separated (public for the template engine).
	 */
	public String eventNames() {
		return this.events.stream().sorted().map(EventType::wireName).collect(Collectors.joining(", "));
	}

	boolean subscribes(EventType type) {
		return this.events.contains(type);
	}

	/**
	 * Whether the disable rule is met after one more failure: failing without a single
	 * success for at least {@code after}, and at least {@code minFailures} failed
	 * attempts in a row (so one failure after a quiet day does not disable it).
	 */
	boolean shouldDisable(Instant now, Duration after, int minFailures) {
		return this.enabled && this.failingSince != null && this.consecutiveFailures >= minFailures
				&& !this.failingSince.plus(after).isAfter(now);
	}

	static String eventsColumn(Set<EventType> events) {
		return events.stream().sorted().map(EventType::wireName).collect(Collectors.joining(","));
	}

	static Set<EventType> parseEvents(String column) {
		Set<EventType> events = EnumSet.noneOf(EventType.class);
		Arrays.stream(column.split(","))
			.map(String::trim)
			.forEach((name) -> EventType.ofWireName(name).ifPresent(events::add));
		return events;
	}

}
