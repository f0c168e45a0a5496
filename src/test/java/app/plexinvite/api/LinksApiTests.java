package app.plexinvite.api;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.profiles.AccessProfiles;

import static app.plexinvite.api.RequestsApiTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.willReturn;

/** The invite link endpoints: list, one, create with every option, revoke. */
class LinksApiTests extends ApiTest {

	@Autowired
	AccessProfiles profiles;

	@Test
	void makesALinkWithTheDefaultProfileAndEveryOption() {
		String key = this.keys.create("Home Assistant", "owner").secret();
		String expires = this.clock.instant().plus(Duration.ofDays(3)).toString();

		MvcTestResult created = post("/api/v1/links", key, """
				{"label":"Cousins","message":"Welcome!","inviteeName":"Sam","expiresAt":"%s","maxUses":3,
				 "approvalRequired":true,"allowUsername":true}""".formatted(expires));

		assertThat(created).hasStatus(201);
		assertThat(created).headers().containsHeader("Location");
		var json = assertThat(created).bodyJson();
		json.extractingPath("$.label").isEqualTo("Cousins");
		json.extractingPath("$.message").isEqualTo("Welcome!");
		json.extractingPath("$.inviteeName").isEqualTo("Sam");
		json.extractingPath("$.expiresAt").isEqualTo(expires);
		json.extractingPath("$.maxUses").isEqualTo(3);
		json.extractingPath("$.remainingUses").isEqualTo(3);
		json.extractingPath("$.state").isEqualTo("ACTIVE");
		json.extractingPath("$.approvalRequired").isEqualTo(true);
		json.extractingPath("$.allowUsername").isEqualTo(true);
		json.extractingPath("$.ownLibraries").isEqualTo(false);
		json.extractingPath("$.customCode").isEqualTo(false);
		json.extractingPath("$.profileId").isEqualTo((int) this.profiles.defaultProfile().id());
		json.extractingPath("$.address").asString().startsWith("/i/");
		assertThat(lastAudited(AuditAction.LINK_CREATED).actor().name()).isEqualTo("API key Home Assistant");
	}

	@Test
	void makesALinkWithItsOwnLibrariesTitledFromTheServerAndAnOwnCode() {
		willReturn(List.of(new PlexLibrary(11L, "1", "Movies", "movie"), new PlexLibrary(12L, "2", "Shows", "show")))
			.given(this.plex)
			.libraries();
		String key = key();

		MvcTestResult created = post("/api/v1/links", key, """
				{"label":"Movies only","customCode":"movie-night-2026",
				 "libraries":{"allLibraries":false,"libraryIds":[11],"allowSync":true}}""");

		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.ownLibraries").isEqualTo(true);
		assertThat(created).bodyJson().extractingPath("$.customCode").isEqualTo(true);
		assertThat(created).bodyJson().extractingPath("$.address").isEqualTo("/i/movie-night-2026");
		long profileId = ((Number) com.jayway.jsonpath.JsonPath.read(contentOf(created), "$.profileId")).longValue();
		var hidden = this.profiles.find(profileId).orElseThrow();
		assertThat(hidden.hidden()).isTrue();
		assertThat(hidden.libraries()).extracting("title").containsExactly("Movies");
		assertThat(hidden.allowSync()).isTrue();
	}

	@Test
	void namesTheFieldTheRulesRefuse() {
		willReturn(List.of(new PlexLibrary(11L, "1", "Movies", "movie"))).given(this.plex).libraries();
		String key = key();
		String past = this.clock.instant().minus(Duration.ofDays(1)).toString();

		assertField(post("/api/v1/links", key, "{\"label\":\"\"}"), "label");
		assertField(post("/api/v1/links", key, "{\"label\":\"Old\",\"expiresAt\":\"" + past + "\"}"), "expiresAt");
		assertField(post("/api/v1/links", key, "{\"label\":\"None\",\"maxUses\":0}"), "maxUses");
		assertField(post("/api/v1/links", key, "{\"label\":\"Code\",\"customCode\":\"bad code!\"}"), "customCode");
		assertField(
				post("/api/v1/links", key, "{\"label\":\"Both\",\"profileId\":1,\"libraries\":{\"libraryIds\":[11]}}"),
				"profileId");
		assertField(post("/api/v1/links", key, "{\"label\":\"Ghost\",\"profileId\":999}"), "profileId");
		assertField(post("/api/v1/links", key, "{\"label\":\"Unknown\",\"libraries\":{\"libraryIds\":[99]}}"),
				"libraries.libraryIds");
	}

	@Test
	void saysSoWhenPlexCannotListTheLibraries() {
		// No Plex token in this application: listing the libraries fails as
		// NOT_CONFIGURED.
		assertProblem(post("/api/v1/links", key(), "{\"label\":\"Later\",\"libraries\":{\"libraryIds\":[11]}}"), 502,
				"plex-failed");
	}

	@Test
	void listsShowsAndRevokesLinks() {
		String key = key();
		int id = com.jayway.jsonpath.JsonPath.read(contentOf(post("/api/v1/links", key, "{\"label\":\"To revoke\"}")),
				"$.id");

		assertThat(get("/api/v1/links", key)).hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().contains(id);
		assertThat(get("/api/v1/links/" + id, key)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.label")
			.isEqualTo("To revoke");

		MvcTestResult revoked = post("/api/v1/links/" + id + "/revoke", key, null);

		assertThat(revoked).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("REVOKED");
		assertThat(lastAudited(AuditAction.LINK_REVOKED).target()).isEqualTo("link #" + id + " To revoke");
		assertProblem(post("/api/v1/links/" + id + "/revoke", key, null), 409, "conflict");
		assertProblem(get("/api/v1/links/999999", key), 404, "not-found");
		assertProblem(post("/api/v1/links/999999/revoke", key, null), 404, "not-found");
	}

	private static void assertField(MvcTestResult result, String field) {
		assertProblem(result, 422, "validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
