package app.plexinvite.plex;

import java.net.URI;
import java.time.Duration;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class PlexCallMetersTest {

	private static final URI TV = URI.create("https://plex.tv");

	private static final URI CLIENTS = URI.create("https://clients.plex.tv");

	private static final URI PMS = URI.create("http://192.168.1.20:32400");

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final PlexCallMeters meters = new PlexCallMeters(this.registry, new PlexProperties(null, null, null, TV,
			CLIENTS, URI.create("https://app.plex.tv"), Duration.ofSeconds(1), Duration.ofSeconds(1), 4, 1));

	private static String endpoint(HttpMethod method, URI base, String path, Object... variables) {
		return PlexCallMeters
			.endpoint(new PlexCall(method, PlexHttp.at(base, path, variables), null, true, null, true));
	}

	@Test
	void namesEveryCallByItsPathWithTheIdentifiersLeftOut() {
		String machine = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";
		assertThat(endpoint(HttpMethod.POST, TV, "/api/servers/{mid}/shared_servers", machine))
			.isEqualTo("POST /api/servers/{id}/shared_servers");
		assertThat(endpoint(HttpMethod.PUT, TV, "/api/servers/{mid}/shared_servers/{id}", machine, 4711L))
			.isEqualTo("PUT /api/servers/{id}/shared_servers/{id}");
		assertThat(endpoint(HttpMethod.GET, TV, "/api/servers/{mid}", "abcdef")).isEqualTo("GET /api/servers/{id}");
		assertThat(endpoint(HttpMethod.GET, PMS, "/library/{name}/sections", "alice"))
			.as("a segment that is none of our endpoints' words")
			.isEqualTo("GET /library/{id}/sections");
		assertThat(endpoint(HttpMethod.GET, TV, "/api/v2/pins/{id}", 987654)).isEqualTo("GET /api/v2/pins/{id}");
		assertThat(endpoint(HttpMethod.POST, CLIENTS, "/api/v2/shared_servers/{id}/accept", 12))
			.isEqualTo("POST /api/v2/shared_servers/{id}/accept");
		assertThat(endpoint(HttpMethod.DELETE, CLIENTS, "/api/v2/shared_servers/{id}", 12))
			.isEqualTo("DELETE /api/v2/shared_servers/{id}");
	}

	@Test
	void keepsPathsWithoutIdentifiersAsTheyAreButNeverTheQuery() {
		assertThat(endpoint(HttpMethod.GET, TV, "/api/v2/user")).isEqualTo("GET /api/v2/user");
		assertThat(endpoint(HttpMethod.GET, TV, "/api/users/")).isEqualTo("GET /api/users/");
		assertThat(endpoint(HttpMethod.POST, TV, "/api/v2/pins?strong=true")).isEqualTo("POST /api/v2/pins");
		assertThat(endpoint(HttpMethod.GET, TV, "/api/v2/resources?includeHttps=1&includeRelay=1"))
			.isEqualTo("GET /api/v2/resources");
		assertThat(endpoint(HttpMethod.GET, CLIENTS, "/api/v2/shared_servers/invites/owned/pending"))
			.isEqualTo("GET /api/v2/shared_servers/invites/owned/pending");
		assertThat(endpoint(HttpMethod.GET, PMS, "/library/sections")).isEqualTo("GET /library/sections");
	}

	@Test
	void timesEachAttemptByTargetEndpointAndStatus() {
		PlexToken token = new PlexToken("secret-owner-token");
		this.meters.stop(this.meters.start(), PlexCall.get(PlexHttp.at(TV, "/api/v2/user"), token), 200);
		this.meters.stop(this.meters.start(), PlexCall.get(PlexHttp.at(CLIENTS, "/api/v2/pins/{id}", 5), token), 429);
		this.meters.stop(this.meters.start(), PlexCall.get(PlexHttp.at(PMS, "/identity"), null), 0);

		assertThat(timer("plex.tv", "GET /api/v2/user", "200", "SUCCESS").count()).isEqualTo(1);
		assertThat(timer("clients.plex.tv", "GET /api/v2/pins/{id}", "429", "CLIENT_ERROR").count()).isEqualTo(1);
		assertThat(timer("pms", "GET /identity", "IO_ERROR", "IO_ERROR").count()).isEqualTo(1);
		assertThat(this.registry.getMetersAsString()).doesNotContain("secret-owner-token");
	}

	private Timer timer(String target, String endpoint, String status, String outcome) {
		return this.registry.get(PlexCallMeters.METER)
			.tag("target", target)
			.tag("endpoint", endpoint)
			.tag("status", status)
			.tag("outcome", outcome)
			.timer();
	}

}
