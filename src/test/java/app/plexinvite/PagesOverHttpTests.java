package app.plexinvite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages through the real servlet container: every stylesheet and script the layout names
 * is served from our own origin; error pages have friendly words, no exception text and
 * the right status.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PagesOverHttpTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void servesEveryAssetTheLayoutLinksFromOurOwnOrigin() throws Exception {
		String page = get("/admin/login", "text/html").body();
		Matcher assets = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js))\"").matcher(page);
		int found = 0;
		while (assets.find()) {
			found++;
			assertThat(get(assets.group(1), "*/*").statusCode()).as(assets.group(1)).isEqualTo(200);
		}
		assertThat(found).isGreaterThanOrEqualTo(3);
		assertThat(page).doesNotContain("src=\"http").doesNotContain("href=\"http");
	}

	@Test
	void showsAFriendlyPageForAnUnknownPublicAddress() throws Exception {
		HttpResponse<String> response = get("/css/no-such-file.css", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("This page does not exist")
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel");
	}

	@Test
	void answersApiClientsWithoutAStackTrace() throws Exception {
		HttpResponse<String> response = get("/css/no-such-file.css", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("trace").doesNotContain("Exception");
	}

	@Test
	void neverAnswersAStrangerAskingForTheErrorPageItselfWithAServerError() throws Exception {
		HttpResponse<String> response = get("/error", "text/html");
		assertThat(response.statusCode()).isLessThan(500);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
	}

}
