package app.plexinvite.api;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Who may call the API: a live key in either header, nobody else, never a session. */
class ApiAuthTests extends ApiTest {

	@Test
	void refusesACallWithoutAKeyWithAProblemAndTheBearerChallenge() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/requests").exchange();

		assertUnauthorized(result);
		assertThat(result).headers().hasValue("WWW-Authenticate", "Bearer realm=\"plex-invite\"");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Authorization");
	}

	@Test
	void refusesAWrongOrMalformedKey() {
		String wrong = "pik_" + "A".repeat(ApiKeys.RANDOM_CHARACTERS);
		for (String key : new String[] { wrong, "pik_short", "not a key at all" }) {
			MvcTestResult result = get("/api/v1/requests", key);

			assertUnauthorized(result);
			assertThat(result).headers()
				.hasValue("WWW-Authenticate", "Bearer realm=\"plex-invite\", error=\"invalid_token\"");
		}
	}

	@Test
	void refusesARevokedKey() {
		ApiKeys.NewKey created = this.keys.create("soon gone", "owner");
		assertThat(get("/api/v1/requests", created.secret())).hasStatusOk();

		this.keys.revoke(created.key().id());

		assertUnauthorized(get("/api/v1/requests", created.secret()));
	}

	@Test
	void acceptsTheKeyAsBearerTokenOrInTheApiKeyHeader() {
		String key = key();

		assertThat(get("/api/v1/requests", key)).hasStatusOk().hasContentType("application/json");
		assertThat(this.mvc.get().uri("/api/v1/requests").header("X-Api-Key", key)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/requests").header("Authorization", "bearer " + key)).hasStatusOk();
	}

	@Test
	void neverAuthenticatesWithTheOwnersSessionCookie() {
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.session(session)
			.param("username", AppTest.OWNER)
			.param("password", AppTest.OWNER_PASSWORD)
			.with(csrf())).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin/api").session(session)).hasStatusOk();

		assertUnauthorized(this.mvc.get().uri("/api/v1/requests").session(session).exchange());
		assertUnauthorized(this.mvc.post().uri("/api/v1/links/1/revoke").session(session).with(csrf()).exchange());
	}

	@Test
	void createsNoSessionAndNeedsNoCsrfToken() {
		String key = key();

		MvcTestResult result = post("/api/v1/requests", key, "{\"identifier\":\"no-csrf-needed\"}");

		assertThat(result).hasStatus(201);
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result).headers().doesNotContainHeader("Set-Cookie");
	}

	@Test
	void recordsTheLastUseAtMostOnceAMinute() {
		ApiKeys.NewKey created = this.keys.create("watched", "owner");
		assertThat(lastUsed(created)).isNull();

		get("/api/v1/profiles", created.secret());
		Instant first = this.clock.instant();
		assertThat(lastUsed(created)).isEqualTo(first);

		this.clock.advance(Duration.ofSeconds(59));
		get("/api/v1/profiles", created.secret());
		assertThat(lastUsed(created)).isEqualTo(first);

		this.clock.advance(Duration.ofSeconds(2));
		get("/api/v1/profiles", created.secret());
		assertThat(lastUsed(created)).isEqualTo(this.clock.instant());
	}

	@Test
	void keepsOtherPathsUnderApiClosed() {
		assertUnauthorized(get("/api/v2/anything", key()));
		assertUnauthorized(this.mvc.get().uri("/api/secret").exchange());
	}

	private Instant lastUsed(ApiKeys.NewKey created) {
		return this.keys.find(created.key().id()).orElseThrow().lastUsedAt();
	}

	static void assertUnauthorized(MvcTestResult result) {
		assertThat(result).hasStatus(401).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:plex-invite:problem:unauthorized");
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Unauthorized");
	}

}
