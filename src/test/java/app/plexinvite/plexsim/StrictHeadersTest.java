package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plex-protocol.md §0.3 (WIZ commit 3be12af): optionally, clients.plex.tv's
 * shared_servers endpoints answer 400 unless all usual X-Plex-* fields are present.
 */
class StrictHeadersTest {

	private static final String WIZARR_QUERY = "X-Plex-Product=Wizarr&X-Plex-Version=1.0&X-Plex-Client-Identifier=abc"
			+ "&X-Plex-Platform=Web&X-Plex-Platform-Version=1.0&X-Plex-Device=Web&X-Plex-Device-Name=Wizarr"
			+ "&X-Plex-Model=bundled&X-Plex-Language=en";

	private final SimHttp http = new SimHttp();

	private PlexSimulator sim;

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void isLenientByDefault() {
		this.sim = PlexSimulator.builder().build();

		assertThat(pending("").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesSharedServersWithoutEveryXPlexFieldInStrictMode() {
		this.sim = PlexSimulator.builder().strictClientHeaders().build();

		HttpResponse<String> bare = pending("");
		HttpResponse<String> wizarr = pending("?" + WIZARR_QUERY);

		assertThat(bare.statusCode()).isEqualTo(400);
		assertThat(bare.body()).contains("\"code\":1004");
		assertThat(wizarr.statusCode()).isEqualTo(200);
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/user", null).statusCode()).isEqualTo(200);
	}

	@Test
	void switchesStrictModeWhileRunningAndKeepsItOverAReset() {
		this.sim = PlexSimulator.builder().build();
		this.sim.faults().strictClientHeaders(true).reset();

		assertThat(pending("").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> pending(String query) {
		return this.http.v2(this.sim, "GET", "/api/v2/shared_servers/invites/received/pending" + query, null, "Accept",
				"application/json");
	}

}
