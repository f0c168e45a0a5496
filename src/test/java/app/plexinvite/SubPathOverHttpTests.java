package app.plexinvite;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkDraft;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.AppTest;
import app.plexinvite.users.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plex Invite behind a reverse proxy under {@code /invite} (BASE_PATH), over real HTTP in
 * demo mode (whose public address, http://localhost:5000, gets the base path too): the
 * visitor's and the owner's pages, every address they name, every redirect and every
 * cookie stay under the base path; assets load; nothing answers at the root.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "plexinvite.base-path=/invite")
class SubPathOverHttpTests {

	private static final String BASE = "/invite";

	@LocalServerPort
	int port;

	@Autowired
	InviteLinks links;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	People people;

	private SubPathSite site;

	@BeforeEach
	void newBrowser() {
		this.site = new SubPathSite(this.port, BASE);
	}

	@Test
	void nothingAnswersOutsideTheBasePath() throws Exception {
		for (String path : List.of("/", "/admin", "/admin/login", "/css/app.css", "/actuator/health", "/api/docs")) {
			assertThat(this.site.get(path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(this.site.get(BASE + "/actuator/health", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void aVisitorsPagesAddressesRedirectsAndCookiesStayUnderTheBasePath() throws Exception {
		String code = this.links
			.create(new LinkDraft("Sub-path", null, null, null, null, 5, this.profiles.defaultProfile().id(), null,
					false, true))
			.code();
		List<String> visited = this.site.crawl(List.of(BASE, BASE + "/", BASE + "/admin/login", BASE + "/api/docs",
				BASE + "/i/" + code, BASE + "/setup", BASE + "/no-such-page"), BASE + "/i/", 20);
		assertThat(visited).contains(BASE + "/i/" + code);

		HttpResponse<String> sent = this.site.post(BASE + "/",
				Map.of("identifier", "subpath@example.com", "_csrf", this.site.csrf(BASE + "/")), "text/html");
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).startsWith(BASE + "/requests/");
		HttpResponse<String> status = this.site.follow(sent);
		assertThat(status.statusCode()).isEqualTo(200);
		this.site.check(Jsoup.parse(status.body()), "the request's status page");

		HttpResponse<String> chosen = this.site.post(BASE + "/language",
				Map.of("lang", "de", "back", "/admin/login", "_csrf", this.site.csrf(BASE + "/")), "text/html");
		assertThat(chosen.headers().firstValue("Location")).contains(BASE + "/admin/login");
		assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch((c) -> c.startsWith("plex-invite-language=de"));
		assertThat(this.site.follow(chosen).body()).contains("lang=\"de\"");
	}

	@Test
	void theSignInScriptAndTheApiDocsGetAddressesUnderTheBasePath() throws Exception {
		String code = this.links
			.create(new LinkDraft("Script", null, null, null, null, 5, this.profiles.defaultProfile().id(), null, false,
					false))
			.code();
		HttpResponse<String> started = this.site.post(BASE + "/i/" + code + "/signin",
				Map.of("_csrf", this.site.csrf(BASE + "/i/" + code)), "application/json");
		assertThat(started.statusCode()).isEqualTo(200);
		assertThat(started.body()).contains("\"statusUrl\":\"" + BASE + "/i/" + code + "/status\"");
		assertThat(started.body()).as("Plex's way back (forwardUrl)")
			.contains("forwardUrl=" + URLEncoder.encode("http://localhost:5000" + BASE + "/i/" + code + "/return",
					StandardCharsets.UTF_8));
		assertThat(this.site.get(BASE + "/i/" + code + "/status", "application/json").body())
			.contains("\"next\":\"" + BASE + "/i/" + code + "/welcome\"");
		assertThat(this.site.get(BASE + "/api/openapi.json", "application/json").body())
			.contains("\"servers\":[{\"url\":\"" + BASE + "\"");
		Document docs = Jsoup.parse(this.site.get(BASE + "/api/docs").body());
		assertThat(docs.select("[data-url]").attr("data-url")).isEqualTo(BASE + "/api/openapi.json");
	}

	@Test
	void theOwnersPagesAddressesRedirectsAndCookiesStayUnderTheBasePath() throws Exception {
		this.people.syncNow();
		HttpResponse<String> signedIn = this.site.post(BASE + "/admin/login", Map.of("username", AppTest.OWNER,
				"password", AppTest.OWNER_PASSWORD, "_csrf", this.site.csrf(BASE + "/admin/login")), "text/html");
		assertThat(signedIn.headers().firstValue("Location")).contains(BASE + "/admin");
		assertThat(this.site.follow(signedIn).statusCode()).isEqualTo(200);
		List<String> visited = this.site.crawl(List.of(BASE + "/admin"), BASE + "/admin", 150);
		assertThat(visited)
			.contains(BASE + "/admin/requests", BASE + "/admin/users", BASE + "/admin/links", BASE + "/admin/batch",
					BASE + "/admin/settings", BASE + "/admin/api", BASE + "/admin/webhooks")
			.anyMatch((path) -> path.matches(BASE + "/admin/users/\\d+"))
			.hasSizeGreaterThan(30);

		HttpResponse<String> saved = this.site.post(BASE + "/admin/settings/invite-code",
				Map.of("code", "", "_csrf", this.site.csrf(BASE + "/admin/settings")), "text/html");
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).startsWith(BASE));
		HttpResponse<String> signedOut = this.site.post(BASE + "/admin/logout",
				Map.of("_csrf", this.site.csrf(BASE + "/admin")), "text/html");
		assertThat(signedOut.headers().firstValue("Location")).contains(BASE + "/admin/login?signedOut");
	}

}
