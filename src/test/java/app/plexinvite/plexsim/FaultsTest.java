package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaultsTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void rateLimitsTheNextRequestsWith429Code1003() {
		this.sim.faults().rateLimitNext(2);

		HttpResponse<String> json = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept", "application/json");
		HttpResponse<String> xml = this.http.v2(this.sim, "GET", "/api/v2/user", null);
		HttpResponse<String> third = this.http.v2(this.sim, "GET", "/api/v2/user", null);

		assertThat(json.statusCode()).isEqualTo(429);
		assertThat(json.body())
			.isEqualTo("{\"errors\":[{\"code\":1003,\"message\":\"API rate limit exceeded\",\"status\":429}]}");
		assertThat(xml.body()).contains("<error code=\"1003\" message=\"API rate limit exceeded\" status=\"429\"/>");
		assertThat(third.statusCode()).isEqualTo(200);
	}

	@Test
	void answers503DuringAnOutageUntilItEnds() {
		this.sim.faults().outage(true);

		HttpResponse<String> down = this.http.v2(this.sim, "GET", "/api/v2/user", null);
		this.sim.faults().outage(false);

		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(down.body()).contains("503 Service Temporarily Unavailable");
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/user", null).statusCode()).isEqualTo(200);
	}

	@Test
	void answersEveryRequestWith503AtAnErrorRateOfOne() {
		this.sim.faults().errorRate(1.0);

		assertThat(this.http.v2(this.sim, "GET", "/api/v2/ping", null).statusCode()).isEqualTo(503);
		this.sim.faults().reset();
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/ping", null).statusCode()).isEqualTo(200);
	}

	@Test
	void failsTheNextMatchingRequestOnceWithPlexsBody() {
		this.sim.faults().failNext("GET", "/api/v2/user", 401);

		HttpResponse<String> other = this.http.v2(this.sim, "GET", "/api/v2/ping", null);
		HttpResponse<String> failed = this.http.v2(this.sim, "GET", "/api/v2/user", null);
		HttpResponse<String> again = this.http.v2(this.sim, "GET", "/api/v2/user", null);

		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(failed.statusCode()).isEqualTo(401);
		assertThat(failed.body()).contains("code=\"1001\" message=\"User could not be authenticated\"");
		assertThat(again.statusCode()).isEqualTo(200);
	}

	@Test
	void failsAPmsRequestWithThePmsPage() {
		SimServer server = this.sim.addServer("Living Room");
		this.sim.faults().failNext("GET", "/library/sections", 401);

		HttpResponse<String> response = this.http.get(server.url() + "/library/sections", "X-Plex-Token",
				server.accessToken());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("<h1>401 Unauthorized</h1>");
	}

	@Test
	void answersEmptyLibrarySectionsTheNextTimes() {
		SimServer server = this.sim.addServer("Living Room");
		server.addLibrary("Movies", "movie");
		this.sim.faults().emptyLibrarySectionsNext(1);
		String path = "/api/v2/servers/" + server.machineIdentifier();

		HttpResponse<String> empty = this.http.v2(this.sim, "GET", path, null, "Accept", "application/json");
		HttpResponse<String> full = this.http.v2(this.sim, "GET", path, null, "Accept", "application/json");

		assertThat(empty.body()).contains("\"librarySections\":[]");
		assertThat(full.body()).contains("\"title\":\"Movies\"");
	}

	@Test
	void neverFaultsTheAuthPage() {
		this.sim.faults().outage(true);

		assertThat(this.http.get(this.sim.baseUrl() + "/auth").statusCode()).isEqualTo(200);
	}

}
