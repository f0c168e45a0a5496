package app.plexinvite.setup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.RecordedRequest;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.support.SimulatorProperties;
import app.plexinvite.support.FirstRunAppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A first run end to end: no ADMIN_PASSWORD_HASH, no PLEX_TOKEN. Every page leads to
 * /setup; the code from the log opens it; the owner creates the account, signs in with
 * Plex (the simulator plays plex.tv and its sign-in page), picks the server and lands on
 * a dashboard connected to it.
 */
@FirstRunAppTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstRunSetupTests {

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static {
		server.addLibrary("Movies", "movie");
	}

	private static final Pattern CODE = Pattern.compile("set-up code: ([A-Z0-9]{3}(?:-[A-Z0-9]{3}){3})");

	private static final Pattern PIN_POLL = Pattern.compile("/api/v2/pins/(\\d+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAt(sim, registry);
		registry.add("plexinvite.public-url", () -> "https://invite.example.com");
	}

	@AfterAll
	static void stopTheSimulator() {
		sim.close();
	}

	@Test
	void theOwnerSetsUpTheAccountAndPlexWithTheCodeFromTheLog(CapturedOutput log) {
		Matcher printed = CODE.matcher(log.getAll());
		assertThat(printed.find()).as("set-up code in the log").isTrue();
		String code = printed.group(1);
		MockHttpSession session = new MockHttpSession();

		everyPageLeadsToSetup();
		assertThat(post(session, "/setup/code", "code", "AAA-BBB-CCC-DDD")).hasStatus(422)
			.bodyText()
			.contains("That is not the set-up code from the log");
		String sessionBeforeTheCode = session.getId();
		assertThat(post(session, "/setup/code", "code", code.toLowerCase())).hasRedirectedUrl("/setup");
		assertThat(session.getId()).as("a new session id once the code is accepted (no session fixation)")
			.isNotEqualTo(sessionBeforeTheCode);
		assertThat(this.mvc.get().uri("/setup").session(session)).bodyText().contains("Create my account");

		assertThat(
				post(session, "/setup/account", "username", "olivia", "password", "too short", "confirm", "too short"))
			.hasStatus(422)
			.bodyText()
			.contains("at least 12 characters");
		assertThat(post(session, "/setup/account", "username", "olivia", "password", "a long enough secret", "confirm",
				"a long enough typo"))
			.hasStatus(422)
			.bodyText()
			.contains("The two passwords are not the same");
		assertThat(post(session, "/setup/account", "username", "olivia", "password", "a long enough secret", "confirm",
				"a long enough secret"))
			.hasRedirectedUrl("/setup");
		assertThat(this.jdbc.sql("SELECT password_hash FROM owner_account").query(String.class).single())
			.startsWith("$argon2id$v=19$m=19456,t=2,p=1$");

		signInWithPlex(session);

		assertThat(post(session, "/setup/plex/server", "server", "Living Room")).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatusOk()
			.bodyText()
			.contains("Connected to Plex")
			.contains("Living Room");
		String stored = this.jdbc.sql("SELECT token_ciphertext FROM plex_credentials").query(String.class).single();
		assertThat(stored).startsWith("v1.").doesNotContain(sim.ownerToken());
		assertThat(this.mvc.get().uri("/setup").session(session)).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(post(new MockHttpSession(), "/setup/code", "code", code)).hasStatus(422);

		aTokenThisSecretKeyCannotReadSendsTheOwnerBackToSetUp(session, stored);
	}

	/** What a changed SECRET_KEY looks like: the stored token no longer opens. */
	private void aTokenThisSecretKeyCannotReadSendsTheOwnerBackToSetUp(MockHttpSession session, String stored) {
		String unreadable = stored.substring(0, 3) + ((stored.charAt(3) == 'A') ? 'B' : 'A') + stored.substring(4);
		this.jdbc.sql("UPDATE plex_credentials SET token_ciphertext = :value").param("value", unreadable).update();

		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatusOk()
			.bodyText()
			.contains("cannot be read with the current SECRET_KEY")
			.contains("Open Set-up");
		assertThat(this.mvc.get().uri("/setup").session(session)).hasStatusOk()
			.bodyText()
			.contains("Sign in with Plex");
	}

	private void everyPageLeadsToSetup() {
		for (String page : new String[] { "/", "/admin", "/admin/login", "/requests/x" }) {
			assertThat(this.mvc.get().uri(page)).as(page).hasRedirectedUrl("/setup");
		}
		assertThat(this.mvc.post().uri("/admin/login").with(csrf())).hasRedirectedUrl("/setup");
		assertThat(this.mvc.get().uri("/css/app.css")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/prometheus")).as("a scraper's answer, for its token alone")
			.hasStatus(401);
		assertThat(this.mvc.get().uri("/setup")).hasStatusOk().bodyText().contains("Your set-up code");
	}

	private void signInWithPlex(MockHttpSession session) {
		MvcTestResult started = post(session, "/setup/plex");
		assertThat(started).hasStatus3xxRedirection();
		String plexPage = started.getResponse().getRedirectedUrl();
		assertThat(plexPage).startsWith(sim.baseUrl() + "/auth#?clientID=")
			.contains("forwardUrl=" + "https%3A%2F%2Finvite.example.com%2Fsetup%2Fplex%2Freturn");

		assertThat(this.mvc.get().uri("/setup/plex/return").session(session)).hasRedirectedUrl("/setup");
		assertThat(this.mvc.get().uri("/setup").session(session)).bodyText()
			.contains("Plex has not confirmed the sign-in yet");
		long pinId = sim.requests()
			.stream()
			.map(RecordedRequest::path)
			.map(PIN_POLL::matcher)
			.filter(Matcher::matches)
			.mapToLong((m) -> Long.parseLong(m.group(1)))
			.reduce((first, last) -> last)
			.orElseThrow();
		sim.approvePin(pinId, sim.owner());

		assertThat(post(session, "/setup/plex/check")).hasRedirectedUrl("/setup");
		assertThat(this.mvc.get().uri("/setup").session(session)).bodyText()
			.contains("Which server should people be invited to?")
			.contains("Living Room");
	}

	private MvcTestResult post(MockHttpSession session, String uri, String... params) {
		var request = this.mvc.post().uri(uri).session(session).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
