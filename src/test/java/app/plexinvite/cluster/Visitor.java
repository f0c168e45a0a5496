package app.plexinvite.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser: its own cookies (which, as a browser's, do not depend on the port, so one
 * visitor may go to either instance as behind a load balancer), no automatic redirects,
 * and a client address the instances believe from X-Forwarded-For (they trust 127.0.0.1
 * as their proxy), so each visitor has rate limits of its own.
 */
final class Visitor {

	private final HttpClient http;

	private final String address;

	Visitor(String address) {
		this.address = address;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	HttpResponse<String> get(AppProcess app, String path) {
		return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET());
	}

	Document page(AppProcess app, String path) {
		HttpResponse<String> response = get(app, path);
		assertThat(response.statusCode()).as("GET " + path + " on " + app.name()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** Posts the form as a browser would: its CSRF field from the page it is on. */
	HttpResponse<String> submit(AppProcess app, String path, Document from, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		Element csrf = from.selectFirst("input[name=_csrf]");
		if (csrf != null) {
			all.put("_csrf", csrf.val());
		}
		String body = all.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(app.url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Signs in as the owner on that instance; the session cookie stays with this visitor.
	 */
	void signIn(AppProcess app) {
		HttpResponse<String> signedIn = submit(app, "/admin/login", page(app, "/admin/login"),
				Map.of("username", AppTest.OWNER, "password", AppTest.OWNER_PASSWORD));
		assertThat(signedIn.statusCode()).as("sign-in on " + app.name()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(
					request.header("X-Forwarded-For", this.address).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
