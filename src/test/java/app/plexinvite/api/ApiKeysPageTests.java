package app.plexinvite.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The owner's page of API keys: create (shown once, stored hashed), list, revoke. */
class ApiKeysPageTests extends ApiTest {

	private static final Pattern KEY = Pattern.compile("pik_[0-9A-Za-z]{43}");

	@Test
	void isTheOwnersOnly() {
		assertThat(this.mvc.get().uri("/admin/api")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/login");
		assertThat(this.mvc.post().uri("/admin/api").param("name", "x").with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/admin/api").param("name", "x").with(user("owner").roles("ADMIN")))
			.hasStatus(403);
	}

	@Test
	void showsANewKeyOnceAndKeepsOnlyItsHash() {
		MvcTestResult created = create("Sonarr");

		assertThat(created).hasStatusOk();
		assertThat(created).headers().hasValue("Cache-Control", "no-store");
		String body = LinksApiTests.contentOf(created);
		Matcher matcher = KEY.matcher(body);
		assertThat(matcher.find()).isTrue();
		String key = matcher.group();
		assertThat(body).contains("shown only this once", "Sonarr");

		List<Map<String, Object>> rows = this.jdbc.sql("SELECT * FROM api_key WHERE key_hash = :hash")
			.param("hash", ApiKeys.hash(key))
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).values()).noneMatch((value) -> String.valueOf(value).contains(key));
		assertThat(rows.get(0).get("display_prefix")).isEqualTo(key.substring(0, 10));
		assertThat(rows.get(0).get("created_by")).isEqualTo("owner");

		String list = LinksApiTests.contentOf(page());
		assertThat(list).contains(key.substring(0, 10) + "…").doesNotContain(key);
		AuditEvent audited = lastAudited(AuditAction.API_KEY_CREATED);
		assertThat(audited.actor().name()).isEqualTo("owner");
		assertThat(audited.target()).contains("Sonarr").doesNotContain(key.substring(4, 10));
		assertThat(get("/api/v1/profiles", key)).hasStatusOk();
	}

	@Test
	void asksForAName() {
		MvcTestResult blank = create(" ");

		assertThat(blank).hasStatus(422);
		assertThat(LinksApiTests.contentOf(blank)).contains("Give the key a name").doesNotContainPattern(KEY);
		assertThat(create("x".repeat(101))).hasStatus(422);
	}

	@Test
	void revokesAKeyAfterConfirmation() {
		ApiKeys.NewKey key = this.keys.create("Old script", "owner");
		assertThat(LinksApiTests.contentOf(page())).contains("action=\"/admin/api/" + key.key().id() + "/revoke\"",
				"Yes, revoke the key");

		MvcTestResult revoked = this.mvc.post()
			.uri("/admin/api/" + key.key().id() + "/revoke")
			.with(user("owner").roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(revoked).hasStatus3xxRedirection().hasRedirectedUrl("/admin/api");
		assertThat(revoked).flash().containsEntry("success", "api.keys.revoked");
		ApiAuthTests.assertUnauthorized(get("/api/v1/profiles", key.secret()));
		assertThat(lastAudited(AuditAction.API_KEY_REVOKED).target())
			.isEqualTo("API key #" + key.key().id() + " Old script");
		assertThat(this.mvc.post()
			.uri("/admin/api/" + key.key().id() + "/revoke")
			.with(user("owner").roles("ADMIN"))
			.with(csrf())
			.exchange()).flash().containsEntry("problem", "api.keys.alreadyRevoked");
		assertThat(this.mvc.post().uri("/admin/api/999999/revoke").with(user("owner").roles("ADMIN")).with(csrf()))
			.hasStatus(404);
	}

	@Test
	void isInTheOwnersNavigationAndLinksToTheDocs() {
		String body = LinksApiTests.contentOf(page());

		assertThat(body).contains("href=\"/admin/api\"", "href=\"/api/docs\"");
	}

	private MvcTestResult page() {
		return this.mvc.get().uri("/admin/api").with(user("owner").roles("ADMIN")).exchange();
	}

	private MvcTestResult create(String name) {
		return this.mvc.post()
			.uri("/admin/api")
			.param("name", name)
			.with(user("owner").roles("ADMIN"))
			.with(csrf())
			.exchange();
	}

}
