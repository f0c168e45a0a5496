package app.plexinvite.invite;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;
import app.plexinvite.support.Eventually;
import app.plexinvite.support.SimulatorProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A burst through the pipeline with plex.tv allowing two calls at once
 * (plex.max-concurrent-calls=2) and holding the answers to its shares: two requests are
 * sent side by side, the rest stay QUEUED (never SENDING while they only wait for a
 * turn), the form hands off without waiting, and one round sends them all once the
 * answers come.
 */
@AppTest
@AutoConfigureMockMvc
class ConcurrentSendsTests {

	private static final String SHARE = "/api/servers/[^/]+/shared_servers/?";

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final AtomicInteger names = new AtomicInteger();

	static {
		sim.addServer("Living Room").addLibrary("Movies", "movie");
	}

	@Autowired
	InvitePipeline pipeline;

	@Autowired
	InviteRequests requests;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	PlexClient plex;

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
		registry.add("plex.max-concurrent-calls", () -> "2");
	}

	@AfterAll
	static void stopTheSimulator() {
		sim.close();
	}

	@BeforeEach
	void shareEverything() {
		DefaultProfile.sharesEverything(this.profiles);
		this.plex.server();
	}

	@AfterEach
	void releaseTheAnswers() {
		sim.faults().held().releaseAll();
	}

	private String newAccount() {
		String name = "burst" + names.incrementAndGet();
		sim.addAccount(name, name + "@example.com");
		return name;
	}

	private InviteRequest submit(String name) {
		return this.requests.insert(InviteRequest.submitted(PlexIdentifier.parse(name),
				"token-" + name + "-".repeat(30), false, Instant.now()));
	}

	private List<RequestStatus> statuses(List<String> names) {
		return names.stream().map((name) -> this.requests.findLive(name).orElseThrow().status()).toList();
	}

	private static long sharesWith(String name) {
		return sim.shares().stream().map(SimShare::invitedUsername).filter(name::equals).count();
	}

	@Test
	void sendsAsManyAtOnceAsPlexTvAllowsLeavesTheRestQueuedAndSendsThemAllInOneRound() throws Exception {
		List<String> burst = IntStream.range(0, 5).mapToObj((i) -> newAccount()).toList();
		burst.forEach(this::submit);
		sim.faults().held().hold("POST", SHARE);

		FutureTask<Void> round = new FutureTask<>(this.pipeline::poll, null);
		Thread.ofVirtual().start(round);
		Eventually.until("two shares held", Duration.ofSeconds(20), () -> sim.faults().held().waiting() == 2);

		assertThat(this.plex.maxConcurrentCalls()).isEqualTo(2);
		assertThat(statuses(burst)).containsExactlyInAnyOrder(RequestStatus.SENDING, RequestStatus.SENDING,
				RequestStatus.QUEUED, RequestStatus.QUEUED, RequestStatus.QUEUED);

		String late = newAccount();
		assertThat(this.mvc.post().uri("/").param("identifier", late).with(csrf())).hasStatus3xxRedirection();
		assertThat(statuses(List.of(late))).as("no free slot: stored and left for the round")
			.containsExactly(RequestStatus.QUEUED);
		assertThat(sim.faults().held().waiting()).isEqualTo(2);

		sim.faults().held().releaseAll();
		round.get(30, TimeUnit.SECONDS);

		List<String> everyone = Stream.concat(burst.stream(), Stream.of(late)).toList();
		assertThat(statuses(everyone)).containsOnly(RequestStatus.SENT);
		assertThat(everyone).allSatisfy((name) -> assertThat(sharesWith(name)).as(name).isOne());
	}

}
