package app.plexinvite;

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
 * Error pages through the real servlet container: friendly words, no exception text, the
 * right status.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
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

}
