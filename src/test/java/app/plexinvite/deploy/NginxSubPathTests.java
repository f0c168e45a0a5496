package app.plexinvite.deploy;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/nginx.conf's sub-path block (an existing site, Plex Invite under /invite) in
 * front of the application serving under that path (BASE_PATH=/invite is the servlet
 * context path): the path reaches the application unchanged, pages, assets and health
 * answer, redirects stay under it, and nothing else of the site is Plex Invite's.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "server.servlet.context-path=/invite", "security.proxy.trusted-proxies=127.0.0.1" })
class NginxSubPathTests extends NginxInFront {

	static final String HOST = "example.com";

	@Test
	void servesThePagesTheirAssetsAndHealthUnderThePath() throws IOException {
		RawHttp.Response page = RawHttp.get(nginx(), "/invite/", HOST);
		assertThat(page.status()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		String stylesheet = document.select("link[rel=stylesheet]").first().attr("href");
		assertThat(stylesheet).startsWith("/invite/");
		assertThat(RawHttp.get(nginx(), stylesheet, HOST).status()).isEqualTo(200);
		assertThat(document.select("form[method=post]").first().attr("action")).startsWith("/invite/");
		RawHttp.Response health = RawHttp.get(nginx(), "/invite/actuator/health", HOST);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void redirectsStayUnderThePath() throws IOException {
		RawHttp.Response bare = RawHttp.get(nginx(), "/invite", HOST);
		assertThat(bare.status()).isEqualTo(301);
		assertThat(bare.header("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/invite/"));
		RawHttp.Response admin = RawHttp.get(nginx(), "/invite/admin", HOST);
		assertThat(admin.status()).isEqualTo(302);
		assertThat(admin.header("Location")).hasValue("/invite/admin/login");
		assertThat(RawHttp.get(nginx(), "/invite/admin/login", HOST).status()).isEqualTo(200);
	}

	@Test
	void leavesTheRestOfTheSiteAlone() throws IOException {
		assertThat(RawHttp.get(nginx(), "/", HOST).status()).isEqualTo(404);
		assertThat(RawHttp.get(nginx(), "/actuator/health", HOST).status()).isEqualTo(404);
	}

}
