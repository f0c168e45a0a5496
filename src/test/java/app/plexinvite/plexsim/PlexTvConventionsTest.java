package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlexTvConventionsTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void refusesV2WithoutClientIdentifierBeforeLookingAtTheToken() {
		HttpResponse<String> response = this.http.get(this.sim.baseUrl() + "/api/v2/user", "X-Plex-Token",
				"not-a-token");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("""
				<?xml version="1.0" encoding="UTF-8"?>
				<errors>
				  <error code="1000" message="X-Plex-Client-Identifier is missing" status="400"/>
				</errors>
				""");
	}

	@Test
	void answersTheMissingClientIdentifierAsJsonOnAccept() {
		HttpResponse<String> response = this.http.get(this.sim.baseUrl() + "/api/v2/resources", "Accept",
				"application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(
				"{\"errors\":[{\"code\":1000,\"message\":\"X-Plex-Client-Identifier is missing\",\"status\":400}]}");
	}

	@Test
	void acceptsTheTokenInTheHeaderOrTheQuery() {
		HttpResponse<String> header = this.http.v2(this.sim, "GET", "/api/v2/user", null);
		HttpResponse<String> query = this.http.get(this.sim.baseUrl() + "/api/v2/user?X-Plex-Token="
				+ this.sim.ownerToken() + "&X-Plex-Client-Identifier=" + SimHttp.CLIENT_ID);

		assertThat(header.statusCode()).isEqualTo(200);
		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.body()).contains("username=\"plex-owner\"").contains("authToken=\"" + this.sim.ownerToken());
	}

	@Test
	void rejectsAnUnknownTokenWith401Code1001() {
		HttpResponse<String> response = this.http.get(this.sim.baseUrl() + "/api/v2/user", "X-Plex-Token", "unknown",
				"X-Plex-Client-Identifier", SimHttp.CLIENT_ID, "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body())
			.isEqualTo("{\"errors\":[{\"code\":1001,\"message\":\"User could not be authenticated\",\"status\":401}]}");
	}

	@Test
	void answersARevokedTokenWith422InvalidToken() {
		this.sim.revokeToken(this.sim.ownerToken());

		HttpResponse<String> response = this.http.v2(this.sim, "GET", "/api/v2/user", null);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).isEqualTo("""
				<?xml version="1.0" encoding="UTF-8"?>
				<errors>
				  <error>Invalid token</error>
				</errors>
				""");
	}

	@Test
	void answersV2AsXmlByDefaultAndJsonOnAccept() {
		HttpResponse<String> xml = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept", "*/*");
		HttpResponse<String> json = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept", "application/json");

		assertThat(xml.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("xml"));
		assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user id=\"")
			.contains("confirmed=\"1\"")
			.contains("<subscription active=\"1\"")
			.contains("<profile ")
			.contains("<role id=\"plexpass\"/>");
		assertThat(json.body()).startsWith("{\"id\":")
			.contains("\"confirmed\":true")
			.contains("\"roles\":[\"plexpass\"]");
	}

	@Test
	void answersV1AsXmlEvenWhenJsonIsAsked() {
		HttpResponse<String> response = this.http.get(this.sim.baseUrl() + "/api/users", "X-Plex-Token",
				this.sim.ownerToken(), "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MediaContainer");
	}

	@Test
	void servesTheLegacyAccountAsXmlAndItsJsonVariant() {
		HttpResponse<String> xml = this.http.get(this.sim.baseUrl() + "/users/account", "X-Plex-Token",
				this.sim.ownerToken(), "Accept", "application/json");
		HttpResponse<String> json = this.http.get(this.sim.baseUrl() + "/users/account.json", "X-Plex-Token",
				this.sim.ownerToken());

		assertThat(xml.body()).contains("<user email=\"owner@plexsim.example\"")
			.contains("authenticationToken=\"" + this.sim.ownerToken())
			.contains("<entitlement id=\"all\"/>")
			.contains("<role id=\"plexpass\"/>");
		assertThat(json.body()).startsWith("{\"user\":{").contains("\"joined_at\":").contains("\"roles\":{\"roles\"");
	}

	@Test
	void answersPingAsPong() {
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/ping", null).body()).endsWith("<pong>true</pong>\n");
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/ping", null, "Accept", "application/json").body())
			.isEqualTo("{\"pong\":true}");
	}

	@Test
	void answersRetiredEndpointsWith410() {
		String gone = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<Response code=\"410\" status=\"This endpoint was deprecated and removed\"/>\n";
		for (String[] call : new String[][] { { "DELETE", "/api/friends/123" }, { "PUT", "/api/friends/123" },
				{ "GET", "/api/invites/requested" }, { "DELETE", "/api/invites/requested/9?friend=0&server=1&home=0" },
				{ "GET", "/api/invites/requests" }, { "GET", "/api/v2/friends" },
				{ "DELETE", "/api/v2/friends/123" } }) {
			HttpResponse<String> response = this.http.v2(this.sim, call[0], call[1], null);

			assertThat(response.statusCode()).as(call[1]).isEqualTo(410);
			assertThat(response.body()).as(call[1]).isEqualTo(gone);
		}
	}

	@Test
	void answersAnUnroutedV1PathWithTheRailsPage() {
		HttpResponse<String> response = this.http.get(this.sim.baseUrl() + "/api/nothing-here", "X-Plex-Token",
				this.sim.ownerToken());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<title>The page you were looking for doesn't exist (404)</title>");
	}

	@Test
	void answersAWrongMethodWith405AndCode1005() {
		HttpResponse<String> response = this.http.v2(this.sim, "DELETE", "/api/v2/user", null, "Accept",
				"application/json");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("\"code\":1005");
	}

	@Test
	void recordsEveryRequestWithItsQueryHeadersAndBody() {
		this.http.v2(this.sim, "POST", "/api/v2/pins?strong=true", "{}", "X-Plex-Product", "Plex Invite");

		RecordedRequest recorded = this.sim.requests().get(0);
		assertThat(recorded.method()).isEqualTo("POST");
		assertThat(recorded.path()).isEqualTo("/api/v2/pins");
		assertThat(recorded.queryParam("strong")).isEqualTo("true");
		assertThat(recorded.header("x-plex-product")).isEqualTo("Plex Invite");
		assertThat(recorded.body()).isEqualTo("{}");
		this.sim.clearRequests();
		assertThat(this.sim.requests()).isEmpty();
	}

}
