package app.plexinvite.i18n;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages are rendered outside any controller, through the servlet container's error
 * dispatch: they still speak the visitor's language and offer the switcher, which brings
 * them back to the page that failed.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesLanguageTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html")
			.headers(headers)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theNotFoundPageFollowsTheBrowsersLanguage() throws Exception {
		HttpResponse<String> page = get("/css/no-such-file.css", "Accept-Language", "de-AT,de;q=0.9");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"de\"", "id=\"language-footer\"",
				"name=\"back\" value=\"/css/no-such-file.css\"", "lang=\"de\" selected=\"selected\"");
	}

	@Test
	void theNotFoundPageFollowsTheSwitchersCookie() throws Exception {
		HttpResponse<String> page = get("/i/NO-SUCH-LINK/x/y", "Cookie", LanguageResolver.COOKIE + "=sv",
				"Accept-Language", "fr");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"sv\"", "lang=\"sv\" selected=\"selected\"");
	}

}
