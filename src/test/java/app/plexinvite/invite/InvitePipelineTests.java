package app.plexinvite.invite;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEntry;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.ShareResult;
import app.plexinvite.plex.ShareSettings;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.SimulatorProperties;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;
import app.plexinvite.support.Eventually;
import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pipeline against the Plex simulator: the whole app pointed at it, the worker driven
 * by hand with a clock the test moves, the client making one attempt per call so every
 * 429 and 503 reaches the pipeline.
 */
@AppTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class InvitePipelineTests {

	@Autowired
	ApplicationEvents events;

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	InvitePipeline pipeline;

	@Autowired
	InviteRequests requests;

	@Autowired
	Invitations invitations;

	@Autowired
	PlexClient plex;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog audit;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
	}

	@AfterAll
	static void stopTheSimulator() {
		sim.close();
	}

	@BeforeEach
	void shareMoviesAndFindTheServer() {
		sim.faults().reset();
		DefaultProfile.shares(this.profiles, List.of(new AccessProfile.Library(movies.plexTvId(), movies.title())),
				true);
		this.plex.server();
	}

	private String newAccount() {
		String name = "friend" + names.incrementAndGet();
		sim.addAccount(name, name + "@example.com");
		return name;
	}

	private InviteRequest submit(String identifier) {
		return this.requests.insert(InviteRequest.submitted(PlexIdentifier.parse(identifier),
				"token-" + identifier + "-".repeat(30), false, this.clock.instant()));
	}

	private InviteRequest reload(InviteRequest request) {
		return this.requests.find(request.id()).orElseThrow();
	}

	private static long invitesSentTo(String identifier) {
		return sim.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().matches("/api/servers/[^/]+/shared_servers/?"))
			.filter((r) -> r.body().contains('"' + identifier + '"'))
			.count();
	}

	private static List<SimShare> sharesOf(String username) {
		return sim.shares().stream().filter((share) -> username.equals(share.invitedUsername())).toList();
	}

	@Test
	void sendsAnInviteWithTheChosenLibrariesAndRecordsTheShare() {
		String name = newAccount();
		InviteRequest request = submit(name);

		this.pipeline.poll();

		InviteRequest sent = reload(request);
		assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
		assertThat(sharesOf(name)).singleElement().satisfies((share) -> {
			assertThat(share.librarySectionIds()).containsExactly(movies.plexTvId());
			assertThat(share.allLibraries()).isFalse();
			assertThat(sent.plexShareId()).isEqualTo(share.id());
		});
		assertThat(invitesSentTo(name)).isOne();
	}

	@Test
	void recordsEveryShareAttemptInTheAuditLogAsTheInvitePipeline() {
		String name = newAccount();
		InviteRequest request = submit(name);
		sim.faults().outage(true);
		this.pipeline.poll();
		sim.faults().outage(false);
		this.clock.advance(Duration.ofSeconds(30));
		this.pipeline.poll();

		var entries = this.audit
			.find(new AuditQuery(AuditAction.INVITE_SHARED, InvitePipeline.JOB, name, null, null, null, 10));
		assertThat(entries.entries()).extracting(AuditEntry::event).satisfiesExactly((sent) -> {
			assertThat(sent.target()).isEqualTo("request #" + request.id() + " (" + name + ")");
			assertThat(sent.actor().job()).isTrue();
			assertThat(sent.actor().client()).isNull();
			assertThat(sent.outcome().succeeded()).isTrue();
		}, (outage) -> {
			assertThat(outage.outcome().succeeded()).isFalse();
			assertThat(outage.outcome().reason()).startsWith("PLEX_ERROR");
		});
	}

	@Test
	void retriesThroughAnOutageAndSendsOnceWhenPlexIsBack() {
		String name = newAccount();
		InviteRequest request = submit(name);
		sim.faults().outage(true);

		this.pipeline.poll();
		InviteRequest waiting = reload(request);
		assertThat(waiting.status()).isEqualTo(RequestStatus.WAITING_RETRY);
		assertThat(waiting.failureReason()).isEqualTo("PLEX_ERROR");
		assertThat(waiting.failureDetail()).contains("503");
		assertThat(waiting.ambiguous()).isFalse();
		assertThat(waiting.nextAttemptAt()).isEqualTo(this.clock.instant().plusSeconds(30));

		sim.faults().outage(false);
		sim.clearRequests();
		this.pipeline.poll();
		assertThat(reload(request).status()).as("not due yet").isEqualTo(RequestStatus.WAITING_RETRY);
		this.clock.advance(Duration.ofSeconds(30));
		this.pipeline.poll();

		assertThat(reload(request).status()).isEqualTo(RequestStatus.SENT);
		assertThat(invitesSentTo(name)).isOne();
		assertThat(sharesOf(name)).hasSize(1);
	}

	@Test
	void backsOffFurtherWithEvery429AndEndsSentOnce() {
		String name = newAccount();
		InviteRequest request = submit(name);
		sim.faults().rateLimitNext(3);
		List<Duration> waits = new ArrayList<>();

		for (int round = 0; round < 4 && reload(request).status() != RequestStatus.SENT; round++) {
			this.pipeline.poll();
			InviteRequest now = reload(request);
			if (now.status() == RequestStatus.WAITING_RETRY) {
				assertThat(now.failureReason()).isEqualTo("RATE_LIMITED");
				Duration wait = Duration.between(this.clock.instant(), now.nextAttemptAt());
				waits.add(wait);
				this.clock.advance(wait);
			}
		}

		assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120));
		assertThat(reload(request).status()).isEqualTo(RequestStatus.SENT);
		assertThat(reload(request).attempts()).isEqualTo(4);
		assertThat(sharesOf(name)).hasSize(1);
	}

	@Test
	void recordsAnInterruptedSendFoundOnPlexWithoutSendingAgain() {
		String name = newAccount();
		ShareResult reached = this.plex.share(name, LibrarySelection.of(java.util.Set.of(movies.plexTvId())),
				ShareSettings.defaults());
		InviteRequest request = submit(name);
		Instant now = this.clock.instant();
		this.requests.claim(request.markSending(now, now.plus(Duration.ofMinutes(5))), RequestStatus.QUEUED, now);
		sim.clearRequests();

		this.pipeline.poll();
		assertThat(reload(request).status()).as("lease still running").isEqualTo(RequestStatus.SENDING);
		this.clock.advance(Duration.ofMinutes(6));
		this.pipeline.poll();

		InviteRequest recorded = reload(request);
		assertThat(recorded.status()).isEqualTo(RequestStatus.SENT);
		assertThat(recorded.plexShareId()).isEqualTo(reached.shareId());
		assertThat(invitesSentTo(name)).isZero();
		assertThat(sharesOf(name)).hasSize(1);
	}

	@Test
	void checksPlexAfterARestartOnceTheLeaseRanOutAndSendsWhatNeverArrived() {
		String name = newAccount();
		InviteRequest request = submit(name);
		Instant now = this.clock.instant();
		this.requests.claim(request.markSending(now, now.plus(Duration.ofMinutes(5))), RequestStatus.QUEUED, now);

		this.pipeline.recoverAtStartup();
		assertThat(reload(request).status()).as("another live instance may be sending it")
			.isEqualTo(RequestStatus.SENDING);
		this.clock.advance(Duration.ofMinutes(5).plusMillis(1));
		this.pipeline.recoverAtStartup();
		assertThat(reload(request).ambiguous()).isTrue();
		this.pipeline.poll();

		assertThat(reload(request).status()).isEqualTo(RequestStatus.SENT);
		assertThat(invitesSentTo(name)).isOne();
		assertThat(sharesOf(name)).hasSize(1);
	}

	@Test
	void failsAnUnknownAccountWithTheReason() {
		InviteRequest request = submit("nobody-at-all");

		this.pipeline.poll();

		InviteRequest failed = reload(request);
		assertThat(failed.status()).isEqualTo(RequestStatus.FAILED);
		assertThat(failed.failureReason()).isEqualTo("UNKNOWN_USER");
		assertThat(failed.nextAttemptAt()).isNull();
	}

	private InviteRequest submitIn(String identifier, Locale locale) {
		return this.requests.insert(InviteRequest.submitted(PlexIdentifier.parse(identifier),
				"token-" + identifier + "-".repeat(30), false, null, null, locale, this.clock.instant()));
	}

	@Test
	void tellsTheOwnerOnceOfAFailureInPlainWordsAndTheInviteesLanguage() {
		InviteRequest request = submitIn("nobody-" + names.incrementAndGet(), Locale.ITALY);

		this.pipeline.poll();
		this.pipeline.poll();

		InviteRequest failed = reload(request);
		assertThat(this.events.stream(InviteFailed.class)).filteredOn((event) -> event.recordId() == request.id())
			.singleElement()
			.isEqualTo(new InviteFailed(AccessGranted.Source.REQUEST, request.id(), request.identifier(), null,
					PlexException.Reason.UNKNOWN_USER.description(), Locale.ITALY, failed.updatedAt()));
	}

	@Test
	void tellsNobodyOfAFailureWhileItIsTriedAgain() {
		String name = newAccount();
		sim.faults().failNext("POST", "/api/servers/[^/]+/shared_servers/?", 503);
		InviteRequest request = submit(name);

		this.pipeline.poll();

		assertThat(reload(request).status()).isEqualTo(RequestStatus.WAITING_RETRY);
		assertThat(this.events.stream(InviteFailed.class)).noneMatch((event) -> event.recordId() == request.id());
		// Not left due for the other tests' polls.
		this.invitations.cancel(request.id());
	}

	@Test
	void carriesTheInviteesLanguageToThePeopleList() {
		String name = newAccount();
		InviteRequest request = submitIn(name, Locale.JAPAN);

		this.pipeline.poll();

		assertThat(reload(request).status()).isEqualTo(RequestStatus.SENT);
		assertThat(this.events.stream(AccessGranted.class)).filteredOn((grant) -> grant.recordId() == request.id())
			.singleElement()
			.satisfies((grant) -> assertThat(grant.locale()).isEqualTo(Locale.JAPAN));
		assertThat(this.events.stream(InviteFailed.class)).noneMatch((event) -> event.recordId() == request.id());
	}

	@Test
	void recordsAnAccountThatAlreadyHadAccess() {
		String name = newAccount();
		ShareResult existing = this.plex.share(name, LibrarySelection.all(), ShareSettings.defaults());
		InviteRequest request = submit(name.toUpperCase(java.util.Locale.ROOT));

		this.pipeline.poll();

		InviteRequest recorded = reload(request);
		assertThat(recorded.status()).isEqualTo(RequestStatus.ALREADY_SHARED);
		assertThat(recorded.plexShareId()).isEqualTo(existing.shareId());
		assertThat(sharesOf(name)).singleElement()
			.satisfies((share) -> assertThat(share.librarySectionIds()).containsExactly(movies.plexTvId()));
	}

	@Test
	void waitsVisiblyForTheOwnersLibraryChoiceAndSendsOnceItIsMade() {
		// A fresh install's default profile: nothing chosen (never saved through the
		// API).
		this.jdbc.sql("DELETE FROM access_profile_library").update();
		this.jdbc.sql("UPDATE access_profile SET all_libraries = FALSE").update();
		String name = newAccount();
		InviteRequest request = submit(name);

		this.pipeline.poll();
		InviteRequest parked = reload(request);
		assertThat(parked.status()).isEqualTo(RequestStatus.QUEUED);
		assertThat(parked.failureDetail()).isEqualTo("Waiting for the owner to choose libraries");
		assertThat(invitesSentTo(name)).isZero();

		DefaultProfile.sharesEverything(this.profiles);
		this.pipeline.poll();
		assertThat(reload(request).status()).isEqualTo(RequestStatus.SENT);
		assertThat(sharesOf(name)).singleElement().satisfies((share) -> assertThat(share.allLibraries()).isTrue());
	}

	@Test
	void theFormHandsTheSendToAFreeSlotAndTheStatusPageShowsTheOutcomeSoonAfter() {
		String name = newAccount();

		var result = this.mvc.post().uri("/").param("identifier", name).with(csrf()).exchange();

		assertThat(result).hasStatus3xxRedirection();
		Eventually.until("sent without a round of the worker", Duration.ofSeconds(20),
				() -> this.requests.findLive(name).orElseThrow().status() == RequestStatus.SENT);
		assertThat(this.mvc.get().uri(result.getResponse().getRedirectedUrl())).hasStatusOk()
			.doesNotContainHeader("Refresh")
			.bodyText()
			.contains("You&#39;re invited!");
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
