package app.plexinvite.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;
import app.plexinvite.support.MutableClock;
import app.plexinvite.support.SimulatorProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch end to end against the Plex simulator: the whole app, the feeder and the invite
 * pipeline run by hand with a clock the test moves. Three requests at most in the
 * pipeline, five rows a minute at most.
 */
@AppTest
@AutoConfigureMockMvc
@Import(BatchAgainstTheSimulatorTests.Config.class)
@RecordApplicationEvents
class BatchAgainstTheSimulatorTests {

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	BatchFeeder feeder;

	@Autowired
	BatchRows rows;

	@Autowired
	Batches batches;

	@Autowired
	Invitations invitations;

	@Autowired
	MutableClock clock;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	PlexClient plex;

	@Autowired
	ApplicationEvents events;

	BatchFixture owner;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
		registry.add("batch.jobs-enabled", () -> "false");
		registry.add("batch.concurrency", () -> "3");
		registry.add("batch.rate", () -> "5/minute");
	}

	@BeforeEach
	void moviesByDefault() {
		sim.faults().reset();
		DefaultProfile.shares(this.profiles, List.of(new AccessProfile.Library(movies.plexTvId(), movies.title())),
				false);
		this.plex.server();
		this.owner = new BatchFixture(this.mvc, this.context);
		// A fresh minute for the rate limit of every test.
		this.clock.advance(Duration.ofMinutes(5));
	}

	@Test
	void theFeederKeepsToBothCapsAndEveryValidRowIsSharedOnce() {
		List<String> friends = newAccounts(8);
		long id = this.owner.uploads(String.join("\n", friends) + "\n" + friends.get(0) + "\nnot valid!\n");
		assertThat(this.rows.counts(id).valid()).isEqualTo(8);
		this.owner.starts(id);

		assertThat(this.feeder.round()).as("the concurrency cap").isEqualTo(3);
		assertThat(this.feeder.round()).as("nothing more while three are unsettled").isZero();
		this.owner.runThePipeline();
		assertThat(this.feeder.round()).as("the rate: five a minute").isEqualTo(2);
		this.owner.runThePipeline();
		assertThat(this.feeder.round()).as("the rate, although none is unsettled").isZero();

		this.clock.advance(Duration.ofMinutes(1));
		runUntilFinished(id);

		BatchCounts counts = this.rows.counts(id);
		assertThat(counts.sent()).isEqualTo(8);
		assertThat(counts.state(RowState.SKIPPED)).isEqualTo(2);
		assertThat(this.batches.find(id).orElseThrow().state()).isEqualTo(BatchState.FINISHED);
		friends.forEach((name) -> assertThat(invitesSentTo(name)).as(name).isEqualTo(1));
		assertThat(this.events.stream(RequestCreated.class)).as("no notice per row of the owner's own batch").isEmpty();
		assertThat(this.rows.all(id)).filteredOn((row) -> row.state() == RowState.SENT)
			.allSatisfy((row) -> assertThat(this.invitations.request(row.requestId()).orElseThrow().status())
				.isEqualTo(RequestStatus.SENT));
	}

	@Test
	void anOutageInTheMiddlePausesTheBatchWhichResumesWithoutSendingTwice() {
		List<String> friends = newAccounts(7);
		long id = this.owner.uploads(String.join("\n", friends));
		this.owner.starts(id);
		this.feeder.round();
		this.owner.runThePipeline();
		this.feeder.round();
		assertThat(this.rows.counts(id).sent()).isEqualTo(3);

		sim.faults().outage(true);
		this.owner.runThePipeline();
		for (int round = 0; round < 5; round++) {
			this.clock.advance(Duration.ofMinutes(2));
			this.feeder.round();
			this.owner.runThePipeline();
		}
		BatchCounts during = this.rows.counts(id);
		assertThat(during.state(RowState.HANDED)).as("the cap holds while plex.tv is down").isEqualTo(3);
		assertThat(during.state(RowState.PENDING)).as("nothing more fed").isEqualTo(1);
		assertThat(during.failed()).isZero();

		sim.faults().outage(false);
		sim.clearRequests();
		this.clock.advance(Duration.ofHours(1));
		runUntilFinished(id);

		assertThat(this.rows.counts(id).sent()).isEqualTo(7);
		friends.forEach((name) -> {
			assertThat(sim.shares().stream().filter((share) -> name.equals(share.invitedUsername())))
				.as("one share for " + name)
				.hasSize(1);
			assertThat(invitesSentTo(name)).as("at most one invite to " + name + " after the outage")
				.isLessThanOrEqualTo(1);
		});
		assertThat(friends.stream().mapToLong(BatchAgainstTheSimulatorTests::invitesSentTo).sum())
			.as("the four caught by the outage or not fed yet were sent after it, once each")
			.isEqualTo(4);
	}

	@Test
	void aCancelledBatchSendsNothingMoreAndFollowsWhatWasInThePipeline() {
		List<String> friends = newAccounts(6);
		long id = this.owner.uploads(String.join("\n", friends));
		this.owner.starts(id);
		assertThat(this.feeder.roundDue()).as("a running batch").isTrue();
		this.feeder.round();
		assertThat(this.owner.post("/admin/batch/" + id + "/cancel")).hasStatus3xxRedirection();
		assertThat(this.feeder.roundDue()).as("cancelled, its rows in the pipeline still followed").isTrue();

		this.owner.runThePipeline();
		this.clock.advance(Duration.ofMinutes(5));
		this.feeder.round();
		this.owner.runThePipeline();
		this.feeder.round();

		BatchCounts counts = this.rows.counts(id);
		assertThat(counts.sent()).isEqualTo(3);
		assertThat(counts.cancelled()).isEqualTo(3);
		assertThat(counts.waiting()).isZero();
		assertThat(this.batches.find(id).orElseThrow().state()).isEqualTo(BatchState.CANCELLED);
		friends.subList(3, 6).forEach((name) -> assertThat(invitesSentTo(name)).isZero());
	}

	@Test
	void someoneWhoJoinedAfterThePreviewKeepsTheShareTheyHave() {
		List<String> friends = newAccounts(2);
		long id = this.owner.uploads(String.join("\n", friends) + "\n");
		String joined = friends.get(1);
		this.context.publishEvent(
				new AccessGranted(AccessGranted.Source.LINK, 1, "Family link", 90_001L, joined, joined + "@example.com",
						null, true, this.profiles.defaultProfile().id(), null, this.clock.instant(), null));
		this.owner.starts(id);
		runUntilFinished(id);

		assertThat(this.rows.all(id)).filteredOn((row) -> joined.equals(row.identifier()))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.state()).isEqualTo(RowState.FAILED);
				assertThat(row.requestId()).isNull();
				assertThat(row.detail()).isEqualTo("batch.detail.hasAccess");
			});
		assertThat(invitesSentTo(joined)).isZero();
		assertThat(invitesSentTo(friends.get(0))).isEqualTo(1);
	}

	private void runUntilFinished(long id) {
		for (int round = 0; round < 40 && this.batches.find(id).orElseThrow().state() == BatchState.RUNNING; round++) {
			this.feeder.round();
			this.owner.runThePipeline();
			this.clock.advance(Duration.ofSeconds(20));
		}
		assertThat(this.batches.find(id).orElseThrow().state()).isEqualTo(BatchState.FINISHED);
	}

	private static List<String> newAccounts(int count) {
		return IntStream.range(0, count).mapToObj((i) -> {
			String name = "batchfriend" + names.incrementAndGet();
			sim.addAccount(name, name + "@example.com");
			return name;
		}).collect(Collectors.toList());
	}

	/** Invites to this account that the simulator was asked to make. */
	private static long invitesSentTo(String identifier) {
		return sim.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().matches("/api/servers/[^/]+/shared_servers/?"))
			.filter((r) -> r.body().contains('"' + identifier + '"'))
			.count();
	}

	static class Config {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
		}

		@Bean
		DisposableBean closeTheSimulator() {
			return sim::close;
		}

	}

}
