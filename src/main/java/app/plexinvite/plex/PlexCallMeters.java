package app.plexinvite.plex;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Every attempt of a Plex call timed by its logical endpoint
 * ({@code plexinvite_plex_requests_seconds{target,endpoint,status,outcome}}): the method
 * and the path with its identifiers replaced ({@code POST
 * /api/servers/{id}/shared_servers}), never the raw address, a token (only ever a header,
 * §0.3) or a person's name. The target tells plex.tv, clients.plex.tv and the Plex Media
 * Server apart.
 */
final class PlexCallMeters {

	static final String METER = "plexinvite.plex.requests";

	/**
	 * The path segments of the endpoints we call (plex-protocol.md); any other segment is
	 * an identifier, so a name can never reach a tag.
	 */
	private static final Set<String> WORDS = Set.of("api", "v2", "user", "ping", "pins", "resources", "servers",
			"shared_servers", "users", "invites", "owned", "received", "pending", "accepted", "accept", "identity",
			"library", "sections");

	private static final Duration[] BUCKETS = { Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
			Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10) };

	private final MeterRegistry registry;

	private final PlexProperties properties;

	PlexCallMeters(MeterRegistry registry, PlexProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	Timer.Sample start() {
		return Timer.start(this.registry);
	}

	/** One attempt ended with this HTTP status, or 0 when no answer came (I/O error). */
	void stop(Timer.Sample sample, PlexCall call, int status) {
		sample.stop(Timer.builder(METER)
			.description("Calls to plex.tv and the Plex Media Server, each attempt by itself")
			.tag("target", target(call.uri()))
			.tag("endpoint", endpoint(call))
			.tag("status", (status == 0) ? "IO_ERROR" : Integer.toString(status))
			.tag("outcome", outcome(status))
			.serviceLevelObjectives(BUCKETS)
			.register(this.registry));
	}

	/**
	 * The method and the path, each segment that is none of our endpoints' words written
	 * {@code {id}}, and so is the machine identifier after {@code servers}
	 * (plex-protocol.md §4: {@code /api/servers/{machineIdentifier}}) whatever it looks
	 * like. The query is left out.
	 */
	static String endpoint(PlexCall call) {
		StringBuilder path = new StringBuilder();
		String previous = "";
		String[] segments = call.uri().getRawPath().split("/", -1);
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			boolean word = segment.isEmpty() || (WORDS.contains(segment) && !previous.equals("servers"));
			path.append('/').append(word ? segment : "{id}");
			previous = segment;
		}
		return call.method().name() + " " + path;
	}

	private String target(URI uri) {
		if (PlexHttp.sameOrigin(uri, this.properties.tvUrl())) {
			return "plex.tv";
		}
		return PlexHttp.sameOrigin(uri, this.properties.clientsUrl()) ? "clients.plex.tv" : "pms";
	}

	private static String outcome(int status) {
		return switch (status / 100) {
			case 0 -> "IO_ERROR";
			case 2 -> "SUCCESS";
			case 3 -> "REDIRECTION";
			case 4 -> "CLIENT_ERROR";
			case 5 -> "SERVER_ERROR";
			default -> "UNKNOWN";
		};
	}

}
