package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthPageTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void servesASelfContainedPageWithoutInlineScript() {
		HttpResponse<String> page = this.http.get(this.sim.baseUrl() + "/auth/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(page.body()).contains("<script src=\"/auth/sim.js\" defer></script>")
			.doesNotContain("<script>")
			.doesNotContain("http://")
			.doesNotContain("https://");
		assertThat(this.http.get(this.sim.baseUrl() + "/auth/sim.js").body()).contains("context[device][product]")
			.contains("/sim/auth/approve");
		assertThat(this.http.get(this.sim.baseUrl() + "/auth").statusCode()).isEqualTo(200);
	}

	@Test
	void listsAccountsWithoutTheirTokens() {
		String accounts = this.http.get(this.sim.baseUrl() + "/sim/accounts").body();

		assertThat(accounts).contains("\"username\":\"plex-owner\"").doesNotContain(this.sim.ownerToken());
	}

	@Test
	void approvesThePinOfTheMatchingClientForTheChosenAccount() {
		SimAccount alice = this.sim.addAccount("alice", "alice@example.com");
		String pin = createPin("app-client");
		String code = pin.replaceAll("^.*\"code\":\"([a-z0-9]+)\".*$", "$1");

		HttpResponse<String> wrongClient = approve(code, "someone-else", "alice");
		HttpResponse<String> approved = approve(code, "app-client", "alice@example.com");

		assertThat(wrongClient.statusCode()).isEqualTo(400);
		assertThat(approved.statusCode()).isEqualTo(200);
		String polled = this.http
			.get(this.sim.baseUrl() + "/api/v2/pins/" + PinFlowTest.pinId(pin), "X-Plex-Client-Identifier",
					"app-client", "Accept", "application/json")
			.body();
		assertThat(polled).contains("\"authToken\":\"" + alice.token() + "\"");
	}

	@Test
	void refusesAnUnknownAccount() {
		String code = createPin("app-client").replaceAll("^.*\"code\":\"([a-z0-9]+)\".*$", "$1");

		assertThat(approve(code, "app-client", "mallory").statusCode()).isEqualTo(404);
	}

	private String createPin(String clientId) {
		return this.http
			.send("POST", this.sim.baseUrl() + "/api/v2/pins?strong=true", null, "X-Plex-Client-Identifier", clientId,
					"Accept", "application/json")
			.body();
	}

	private HttpResponse<String> approve(String code, String clientId, String account) {
		return this.http.send("POST", this.sim.baseUrl() + "/sim/auth/approve",
				"code=" + code + "&clientID=" + clientId + "&account=" + account.replace("@", "%40"), "Content-Type",
				"application/x-www-form-urlencoded");
	}

}
