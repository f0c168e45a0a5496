package app.plexinvite.invite;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;
import app.plexinvite.support.Eventually;
import app.plexinvite.support.MutableClock;
import app.plexinvite.support.SimulatorProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * /actuator/prometheus while an invite goes through the simulator: readable by the owner
 * and with METRICS_TOKEN, 401 for anyone else, and the meters of the pipeline, the Plex
 * client and the rate limits move as the invite does, with no secret or name in them.
 */
@AppTest
@TestPropertySource(properties = "plexinvite.metrics-token=" + PrometheusMetricsTests.TOKEN)
@AutoConfigureMockMvc
@Import(PrometheusMetricsTests.Clocks.class)
class PrometheusMetricsTests {

	static final String TOKEN = "scrape-8f2c41d7e0b94a6c";

	static final String SHARE = "endpoint=\"POST /api/servers/{id}/shared_servers\"";

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InvitePipeline pipeline;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	PlexClient plex;

	@Autowired
	MutableClock clock;

	@Autowired
	InviteRequests requests;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
	}

	@AfterAll
	static void stopTheSimulator() {
		sim.close();
	}

	@Test
	void answersOnlyTheOwnerAndTheScrapeToken() {
		assertThat(scrape(null)).hasStatus(401).hasHeader("WWW-Authenticate", "Bearer realm=\"plex-invite\"");
		assertThat(scrape(null).getResponse().getContentAsByteArray()).isEmpty();
		assertThat(scrape("Bearer not-" + TOKEN)).hasStatus(401);
		assertThat(scrape("Bearer " + TOKEN + "x")).hasStatus(401);
		assertThat(scrape("Basic " + TOKEN)).hasStatus(401);
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(user("someone").roles("API"))).hasStatus(401);

		assertThat(scrape("Bearer " + TOKEN)).hasStatusOk().bodyText().contains("plexinvite_invites_total");
		assertThat(scrape("bearer " + TOKEN)).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(user("o").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("plexinvite_pipeline_queue_depth");
	}

	@Test
	void countsAnInviteThroughAnOutageTheQueueThePlexCallsAndTheRejections() {
		DefaultProfile.shares(this.profiles, List.of(new AccessProfile.Library(movies.plexTvId(), movies.title())),
				true);
		this.plex.server();
		String before = metrics();

		sim.addAccount("metricsfriend", "metricsfriend@example.com");
		sim.faults().outage(true);
		assertThat(submitThroughTheForm("metricsfriend")).hasStatus3xxRedirection();
		Eventually.until("the send met the outage", Duration.ofSeconds(20),
				() -> this.requests.findLive("metricsfriend")
					.filter((request) -> request.status() == RequestStatus.WAITING_RETRY)
					.isPresent());
		sim.faults().outage(false);
		this.clock.advance(Duration.ofMinutes(2));
		String waiting = metrics();
		this.pipeline.poll();
		signInFailuresUntilLockedOut("nobody-metrics");
		this.clock.advance(InviteMeters.FRESH);
		String after = metrics();

		assertThat(value(waiting, "plexinvite_pipeline_queue_depth"))
			.isEqualTo(value(before, "plexinvite_pipeline_queue_depth") + 1);
		assertThat(value(waiting, "plexinvite_pipeline_oldest_age_seconds"))
			.isEqualTo(Duration.ofMinutes(2).toSeconds());
		assertThat(value(after, "plexinvite_pipeline_queue_depth"))
			.isEqualTo(value(before, "plexinvite_pipeline_queue_depth"));
		assertThat(delta(before, waiting, "plexinvite_invites_total", "outcome=\"waiting_retry\"")).isEqualTo(1);
		assertThat(delta(before, after, "plexinvite_invites_total", "outcome=\"sent\"")).isEqualTo(1);
		assertThat(delta(before, after, "plexinvite_requests_submitted_total", "source=\"form\"")).isEqualTo(1);
		assertThat(delta(before, after, "plexinvite_plex_requests_seconds_count", SHARE, "status=\"503\"",
				"outcome=\"SERVER_ERROR\"", "target=\"plex.tv\""))
			.isEqualTo(1);
		assertThat(delta(before, after, "plexinvite_plex_requests_seconds_count", SHARE, "status=\"200\""))
			.isEqualTo(1);
		assertThat(value(after, "plexinvite_plex_requests_seconds_bucket", SHARE, "le=\"10.0\"")).isPositive();
		assertThat(delta(before, after, "plexinvite_rate_limit_rejections_total", "limit=\"sign_in\"")).isEqualTo(1);
		assertThat(value(after, "plexinvite_rate_limit_rejections_total", "limit=\"invite\"")).isZero();
		assertThat(delta(before, after, "http_server_requests_seconds_count", "method=\"POST\"", "uri=\"/\"",
				"outcome=\"REDIRECTION\""))
			.isEqualTo(1);
		assertThat(after).doesNotContain(TOKEN, sim.ownerToken(), "metricsfriend", "nobody-metrics");
	}

	private MvcTestResult submitThroughTheForm(String identifier) {
		return this.mvc.post().uri("/").param("identifier", identifier).with(csrf()).exchange();
	}

	/**
	 * Five wrong passwords for a name nobody has, then a sixth refused without a check.
	 */
	private void signInFailuresUntilLockedOut(String name) {
		for (int i = 0; i < 6; i++) {
			assertThat(
					this.mvc.post().uri("/admin/login").param("username", name).param("password", "wrong").with(csrf()))
				.hasStatus3xxRedirection();
		}
	}

	private MvcTestResult scrape(String authorization) {
		var request = this.mvc.get().uri("/actuator/prometheus");
		if (authorization != null) {
			request = request.header("Authorization", authorization);
		}
		return request.exchange();
	}

	private String metrics() {
		MvcTestResult result = scrape("Bearer " + TOKEN);
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The sum of every series of this meter that has all these labels. */
	private static double value(String metrics, String name, String... labels) {
		return metrics.lines()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter((line) -> Arrays.stream(labels).allMatch(line::contains))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static double delta(String before, String after, String name, String... labels) {
		return value(after, name, labels) - value(before, name, labels);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
		}

	}

}
