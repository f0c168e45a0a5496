package app.plexinvite.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strangers and the owner through the real servlet container, behind a trusted proxy on
 * 127.0.0.1: each test is its own client by X-Forwarded-For, with tight rate limits.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "security.proxy.trusted-proxies=127.0.0.1", "security.rate-limit.invite=2/minute",
		"security.rate-limit.public-routes=6/hour", "security.rate-limit.invite-total=100/hour" })
class StrangersOverHttpTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(HttpRequest.Builder request, String client, String proto) throws Exception {
		request.header("X-Forwarded-For", client).header("Accept", "text/html");
		if (proto != null) {
			request.header("X-Forwarded-Proto", proto);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String client, String proto) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)), client, proto);
	}

	private HttpResponse<String> post(String path, String client, String proto, String cookie, String... form)
			throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < form.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&")
				.append(form[i])
				.append('=')
				.append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return send(request, client, proto);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** The login page's CSRF field value and the cookie that goes with it. */
	private String[] csrf(HttpResponse<String> page) {
		Matcher field = CSRF_FIELD.matcher(page.body());
		assertThat(field.find()).as("CSRF field in the page").isTrue();
		String cookie = cookies(page).stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		return new String[] { field.group(1), cookie };
	}

	private static List<String> cookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie");
	}

	@Test
	void givesStrangersNoServerSideSession() throws Exception {
		String client = "203.0.113.10";
		HttpResponse<String> page = get("/admin/login", client, null);
		String[] csrf = csrf(page);
		List<HttpResponse<String>> responses = List.of(page, get("/", client, null),
				post("/", client, null, csrf[1], "_csrf", csrf[0], "plexUser", "someone"), post("/admin/login", client,
						null, csrf[1], "_csrf", csrf[0], "username", "stranger", "password", "wrong"));

		for (HttpResponse<String> response : responses) {
			assertThat(cookies(response)).as(response.request().method() + " " + response.request().uri())
				.noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
		}
		assertThat(responses.get(3).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error"));
	}

	@Test
	void keepsTheCsrfTokenInAnHttpOnlySameSiteCookieWithoutHstsOverPlainHttp() throws Exception {
		HttpResponse<String> page = get("/admin/login", "203.0.113.11", null);

		assertThat(cookies(page)).anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.doesNotContain("Secure"));
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void signsTheOwnerInBehindAnHttpsProxyWithSecureCookiesAndHsts() throws Exception {
		String client = "203.0.113.12";
		HttpResponse<String> page = get("/admin/login", client, "https");
		String[] csrf = csrf(page);

		HttpResponse<String> signedIn = post("/admin/login", client, "https", csrf[1], "_csrf", csrf[0], "username",
				AppTest.OWNER, "password", AppTest.OWNER_PASSWORD);

		assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(cookies(page))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure"));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
		assertThat(cookies(signedIn)).anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
			.contains("Secure")
			.contains("HttpOnly")
			.contains("SameSite=Lax"));
	}

	@Test
	void refusesAPostWithoutCsrfTokenWithAFriendlyPage() throws Exception {
		HttpResponse<String> refused = post("/admin/login", "203.0.113.13", null, null, "username", AppTest.OWNER,
				"password", AppTest.OWNER_PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("That did not go through").doesNotContain("Exception");
	}

	@Test
	void countsEveryInviteRequestAndAnswersTheThirdWith429AndAFriendlyPage() throws Exception {
		assertThat(post("/", "203.0.113.14", null, null, "plexUser", "a").statusCode()).isEqualTo(403);
		assertThat(post("/", "203.0.113.14", null, null, "plexUser", "b").statusCode()).isEqualTo(403);

		HttpResponse<String> limited = post("/", "203.0.113.14", null, null, "plexUser", "c");

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After").map(Integer::parseInt))
			.hasValueSatisfying((seconds) -> assertThat(seconds).isBetween(1, 60));
		assertThat(limited.body()).contains("Too many requests").doesNotContain("Exception");
		assertThat(post("/", "203.0.113.15", null, null, "plexUser", "d").statusCode()).isEqualTo(403);
	}

	@Test
	void limitsTheOtherPublicPagesPerClientButNotTheirAssets() throws Exception {
		for (int i = 0; i < 6; i++) {
			assertThat(get("/admin/login", "203.0.113.16", null).statusCode()).isEqualTo(200);
			assertThat(get("/css/app.css", "203.0.113.16", null).statusCode()).isEqualTo(200);
		}
		assertThat(get("/admin/login", "203.0.113.16", null).statusCode()).isEqualTo(429);
		assertThat(get("/css/app.css", "203.0.113.16", null).statusCode()).isEqualTo(200);
		assertThat(get("/admin/login", "2001:db8:1:2::99", null).statusCode()).isEqualTo(200);
	}

}
