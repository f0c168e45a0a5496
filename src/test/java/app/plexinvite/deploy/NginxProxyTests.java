package app.plexinvite.deploy;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEntry;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's nginx with deploy/nginx.conf's whole-host block in front of the application
 * (TRUSTED_PROXIES=127.0.0.1, as README's Deployment says): pages, health and the owner's
 * sign-in work through it, and the forwarding headers a visitor sends are overwritten, so
 * the application sees nginx's view of the client and the scheme.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "security.proxy.trusted-proxies=127.0.0.1")
class NginxProxyTests extends NginxInFront {

	static final String HOST = "invite.example.com";

	@Autowired
	AuditLog audit;

	@Test
	void servesThePagesAndTheHealthEndpoint() throws IOException {
		RawHttp.Response page = RawHttp.get(nginx(), "/", HOST);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Server")).hasValueSatisfying((server) -> assertThat(server).startsWith("nginx"));
		String stylesheet = Jsoup.parse(page.body()).select("link[rel=stylesheet]").first().attr("href");
		assertThat(RawHttp.get(nginx(), stylesheet, HOST).status()).isEqualTo(200);
		RawHttp.Response health = RawHttp.get(nginx(), "/actuator/health", HOST);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void overwritesTheSchemeAVisitorClaims() throws IOException {
		String https = "X-Forwarded-Proto: https";
		assertThat(RawHttp.get(this.appPort, "/", HOST, https).header("Strict-Transport-Security"))
			.as("the application believes 127.0.0.1 directly")
			.isPresent();
		assertThat(RawHttp.get(nginx(), "/", HOST, https).header("Strict-Transport-Security"))
			.as("through nginx the scheme is nginx's own: http")
			.isEmpty();
	}

	@Test
	void theOwnerSignsInThroughItAndIsSeenFromNginxsViewOfTheClient() throws IOException {
		RawHttp.Response form = RawHttp.get(nginx(), "/admin/login", HOST);
		String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
		String wrong = "username=" + AppTest.OWNER + "&password=wrong&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		RawHttp.Response refused = RawHttp.post(nginx(), "/admin/login", HOST, wrong, cookies(form),
				"Content-Type: application/x-www-form-urlencoded", "X-Forwarded-For: 203.0.113.7");
		assertThat(refused.status()).isEqualTo(302);
		List<AuditEntry> failures = this.audit
			.find(new AuditQuery(AuditAction.SIGN_IN_FAILED, AppTest.OWNER, null, null, null, null, 10))
			.entries();
		assertThat(failures).extracting((entry) -> entry.event().actor().client()).containsExactly("127.0.0.1");

		String right = "username=" + AppTest.OWNER + "&password="
				+ URLEncoder.encode(AppTest.OWNER_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		RawHttp.Response signedIn = RawHttp.post(nginx(), "/admin/login", HOST, right, cookies(form),
				"Content-Type: application/x-www-form-urlencoded");
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).hasValue("/admin");
		RawHttp.Response dashboard = RawHttp.get(nginx(), "/admin", HOST, cookies(form, signedIn));
		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.body()).contains("/admin/logout");
	}

	/** A Cookie header with the cookies the answers set, later ones winning. */
	static String cookies(RawHttp.Response... responses) {
		var jar = new java.util.LinkedHashMap<String, String>();
		for (RawHttp.Response response : responses) {
			for (String cookie : response.all("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				jar.put(pair.substring(0, pair.indexOf('=')), pair);
			}
		}
		return "Cookie: " + jar.values().stream().collect(Collectors.joining("; "));
	}

}
