package app.plexinvite.plexsim;

import app.plexinvite.support.MutableClock;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PinFlowTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));

	private final PlexSimulator sim = PlexSimulator.builder().clock(this.clock).build();

	private final SimHttp http = new SimHttp();

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void createsAStrongPinFromTheQueryWith201() {
		HttpResponse<String> response = create("/api/v2/pins?strong=True", null, "application/json");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).matches(".*\"code\":\"[a-z0-9]{25}\".*")
			.contains("\"expiresIn\":1800")
			.contains("\"createdAt\":\"2026-01-10T12:00:00Z\"")
			.contains("\"expiresAt\":\"2026-01-10T12:30:00Z\"")
			.contains("\"authToken\":null")
			.contains("\"clientIdentifier\":\"" + SimHttp.CLIENT_ID + "\"");
	}

	@Test
	void createsAStrongPinFromAFormOrJsonBody() {
		HttpResponse<String> form = create("/api/v2/pins", "strong=true", "application/json", "Content-Type",
				"application/x-www-form-urlencoded");
		HttpResponse<String> json = create("/api/v2/pins", "{\"strong\":true}", "application/json", "Content-Type",
				"application/json");

		assertThat(form.body()).contains("\"expiresIn\":1800");
		assertThat(json.body()).contains("\"expiresIn\":1800");
	}

	@Test
	void createsAShortPinWithoutStrongAsXmlByDefault() {
		HttpResponse<String> response = create("/api/v2/pins", null, null);

		assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pin id=\"")
			.matches("(?s).*code=\"[A-Z0-9]{4}\".*")
			.contains("expiresIn=\"900\"")
			.contains("authToken=\"\"");
	}

	@Test
	void givesTheTokenAfterApprovalToTheSameClientOnly() {
		long pinId = pinId(create("/api/v2/pins?strong=true", null, "application/json").body());
		SimAccount invitee = this.sim.addAccount("invitee", "invitee@example.com");

		assertThat(poll(pinId, SimHttp.CLIENT_ID).body()).contains("\"authToken\":null");
		this.sim.approvePin(pinId, invitee);

		assertThat(poll(pinId, SimHttp.CLIENT_ID).body()).contains("\"authToken\":\"" + invitee.token() + "\"");
		HttpResponse<String> otherClient = poll(pinId, "another-client");
		assertThat(otherClient.statusCode()).isEqualTo(404);
		assertThat(otherClient.body())
			.isEqualTo("{\"errors\":[{\"code\":1020,\"message\":\"Code not found or expired\",\"status\":404}]}");
	}

	@Test
	void forgetsAnExpiredPin() {
		long pinId = pinId(create("/api/v2/pins?strong=true", null, "application/json").body());

		this.clock.advance(Duration.ofSeconds(1799));
		assertThat(poll(pinId, SimHttp.CLIENT_ID).body()).contains("\"expiresIn\":1");
		this.clock.advance(Duration.ofSeconds(1));

		assertThat(poll(pinId, SimHttp.CLIENT_ID).statusCode()).isEqualTo(404);
		assertThatIllegalStateException().isThrownBy(() -> this.sim.approvePin(pinId, this.sim.owner()));
	}

	@Test
	void answersAnUnknownPinWith404Code1020() {
		HttpResponse<String> response = poll(42, SimHttp.CLIENT_ID);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"code\":1020");
	}

	@Test
	void refusesAPinWithoutClientIdentifier() {
		HttpResponse<String> response = this.http.send("POST", this.sim.baseUrl() + "/api/v2/pins?strong=true", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("code=\"1000\"");
	}

	@Test
	void rateLimitsPollingWith429Code1003AndThenAnswersAgain() {
		long pinId = pinId(create("/api/v2/pins?strong=true", null, "application/json").body());
		this.sim.faults().failNext("GET", "/api/v2/pins/\\d+", 429);

		HttpResponse<String> limited = poll(pinId, SimHttp.CLIENT_ID);

		// plex-protocol.md §10c (Ombi #5233): 429 code 1003 while polling.
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.body())
			.isEqualTo("{\"errors\":[{\"code\":1003,\"message\":\"API rate limit exceeded\",\"status\":429}]}");
		assertThat(poll(pinId, SimHttp.CLIENT_ID).statusCode()).isEqualTo(200);
	}

	@Test
	void makesAShortPinFromAJsonBodyWithStrongFalseAndAStrongOneFromStrongOne() {
		HttpResponse<String> weak = create("/api/v2/pins", "{\"strong\":false}", "application/json", "Content-Type",
				"application/json");
		HttpResponse<String> one = create("/api/v2/pins?strong=1", null, "application/json");

		// plex-protocol.md §10a: 4 characters for 900 s, else 25 for 1800 s.
		assertThat(weak.body()).matches(".*\"code\":\"[A-Z0-9]{4}\".*").contains("\"expiresIn\":900");
		assertThat(one.body()).contains("\"expiresIn\":1800");
	}

	private HttpResponse<String> create(String path, String body, String accept, String... headers) {
		String[] all = new String[headers.length + 4];
		all[0] = "X-Plex-Client-Identifier";
		all[1] = SimHttp.CLIENT_ID;
		all[2] = "Accept";
		all[3] = (accept != null) ? accept : "*/*";
		System.arraycopy(headers, 0, all, 4, headers.length);
		return this.http.send("POST", this.sim.baseUrl() + path, body, all);
	}

	private HttpResponse<String> poll(long pinId, String clientId) {
		return this.http.get(this.sim.baseUrl() + "/api/v2/pins/" + pinId, "X-Plex-Client-Identifier", clientId,
				"Accept", "application/json");
	}

	static long pinId(String json) {
		return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
	}

}
