package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.ShareSettings;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.RecordedRequest;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;
import app.plexinvite.support.SimulatorProperties;
import app.plexinvite.users.SyncStatus.SyncOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sync against the simulator: friends shared outside Plex Invite are imported and
 * left alone, a partial, empty or failed answer marks nobody gone, a share removed on
 * plex.tv is marked gone after exactly two complete syncs, and the owner can undo it.
 */
@AppTest
class PeopleSyncTests {

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final SimLibrary shows = server.addLibrary("Shows", "show");

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	People people;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlexClient plex;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	ApplicationEventPublisher events;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
	}

	@AfterAll
	static void stopTheSimulator() {
		sim.close();
	}

	@BeforeEach
	void startFromNobody() {
		sim.faults().reset();
		sim.shares().forEach((share) -> sim.removeShareOutOfBand(share.id()));
		this.jdbc.sql("DELETE FROM person_event").update();
		this.jdbc.sql("DELETE FROM person").update();
		this.jdbc.sql("UPDATE people_sync SET last_attempt_at = NULL, last_success_at = NULL, last_outcome = NULL")
			.update();
	}

	private SimShare friend(boolean accepted, SimLibrary... libraries) {
		String name = "friend" + names.incrementAndGet();
		SimAccount account = sim.addAccount(name, name + "@example.com");
		return sim.shareOutOfBand(server, account, List.of(libraries).stream().map(SimLibrary::plexTvId).toList(),
				accepted);
	}

	/** A sync, after the throttle's gap. */
	private SyncResult sync() {
		this.clock.advance(Duration.ofMinutes(2));
		return this.people.syncNow();
	}

	private Map<String, Person> everyone() {
		return this.people.find(PersonQuery.all())
			.people()
			.stream()
			.collect(Collectors.toMap(Person::displayName, Function.identity()));
	}

	@Test
	void importsFriendsSharedOutsidePlexInviteWithoutWritingToPlex() {
		SimShare accepted = friend(true, movies);
		SimShare pending = friend(false);
		sim.inviteEmailOutOfBand(server, "nobody-yet@example.com", List.of(shows.plexTvId()));
		sim.clearRequests();

		SyncResult result = sync();

		assertThat(result.ran()).isTrue();
		assertThat(result.status().lastOutcome()).isEqualTo(SyncOutcome.COMPLETE);
		assertThat(result.status().imported()).isEqualTo(3);
		Map<String, Person> everyone = everyone();
		assertThat(everyone).hasSize(3);
		assertThat(everyone.get(accepted.invitedUsername())).satisfies((person) -> {
			assertThat(person.origin()).isEqualTo(PersonOrigin.IMPORTED);
			assertThat(person.state()).isEqualTo(PersonState.ACCEPTED);
			assertThat(person.plexShareId()).isEqualTo(accepted.id());
			assertThat(person.libraryIds()).containsExactly(movies.plexTvId());
			assertThat(person.profileId()).isNull();
		});
		assertThat(everyone.get(pending.invitedUsername()).state()).isEqualTo(PersonState.PENDING);
		assertThat(everyone.get(pending.invitedUsername()).allLibraries()).isTrue();
		assertThat(everyone.get("nobody-yet@example.com").plexAccountId()).isNull();
		assertThat(sim.requests()).isNotEmpty().extracting(RecordedRequest::method).containsOnly("GET");
		assertThat(sim.shares()).extracting(SimShare::id).contains(accepted.id(), pending.id());

		sim.clearRequests();
		sync();
		assertThat(everyone().values()).extracting(Person::state)
			.containsExactlyInAnyOrder(PersonState.ACCEPTED, PersonState.PENDING, PersonState.PENDING);
		assertThat(sim.requests()).extracting(RecordedRequest::method).containsOnly("GET");
	}

	@Test
	void marksAShareRemovedOnPlexGoneAfterExactlyTwoCompleteSyncsAndTheOwnerCanUndoIt() {
		SimShare leaving = friend(true, movies);
		SimShare staying = friend(true, movies);
		sync();
		sim.removeShareOutOfBand(leaving.id());

		SyncResult first = sync();
		assertThat(first.status().lastProblem()).isNull();
		Person once = everyone().get(leaving.invitedUsername());
		assertThat(once.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(once.missingSyncs()).isEqualTo(1);

		SyncResult second = sync();
		Person gone = everyone().get(leaving.invitedUsername());
		assertThat(gone.state()).isEqualTo(PersonState.GONE);
		assertThat(second.status().markedGone()).isEqualTo(1);
		assertThat(everyone().get(staying.invitedUsername()).state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(this.people.find(gone.id()).orElseThrow().history()).extracting(PersonEvent::kind)
			.containsExactly(PersonEvent.Kind.IMPORTED, PersonEvent.Kind.MARKED_GONE);

		ActionResult undone = this.people.undoGone(gone.id());

		assertThat(undone).isEqualTo(ActionResult.done("people.result.gone-undone", gone.displayName()));
		Person back = this.people.find(gone.id()).orElseThrow().person();
		assertThat(back.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(back.missingSyncs()).isZero();
		assertThat(this.people.undoGone(gone.id()).messageKey()).isEqualTo("people.result.not-gone");
		assertThat(this.people.undoGone(-1).messageKey()).isEqualTo("people.result.not-found");
	}

	@Test
	void partialAndEmptyAnswersMarkNobodyGoneHoweverOftenTheyCome() {
		SimShare first = friend(true, movies);
		friend(true, shows);
		friend(false);
		friend(true);
		sync();
		Map<String, Person> before = everyone();
		// Not listed by any of the answers below: only a complete one may count it.
		sim.removeShareOutOfBand(first.id());

		for (int i = 0; i < 3; i++) {
			sim.faults().partialUserListNext(1);
			SyncResult partial = sync();
			assertThat(partial.status().lastOutcome()).isEqualTo(SyncOutcome.INCOMPLETE);
			assertThat(partial.status().lastProblem()).isNotBlank();
			sim.faults().emptyShareListsNext(1);
			SyncResult empty = sync();
			assertThat(empty.status().lastOutcome()).isEqualTo(SyncOutcome.INCOMPLETE);
		}

		Map<String, Person> after = everyone();
		assertThat(after.keySet()).isEqualTo(before.keySet());
		after.forEach((name, person) -> {
			assertThat(person.state()).as(name).isEqualTo(before.get(name).state());
			assertThat(person.missingSyncs()).as(name).isZero();
		});
		sim.faults().emptyShareListsNext(1);
		sync();
		sync();
		assertThat(everyone().get(first.invitedUsername()).state()).as("one complete sync missed them")
			.isEqualTo(PersonState.ACCEPTED);
	}

	@Test
	void aCompleteAnswerLeavingOutMostPeopleAtOnceCountsNobodyMissing() {
		List<SimShare> friends = List.of(friend(true, movies), friend(true, shows), friend(false), friend(true));
		sync();
		friends.subList(0, 3).forEach((share) -> sim.removeShareOutOfBand(share.id()));

		SyncResult suspicious = sync();

		assertThat(suspicious.status().lastOutcome()).isEqualTo(SyncOutcome.INCOMPLETE);
		assertThat(suspicious.status().lastProblem()).contains("far fewer");
		assertThat(everyone().values()).allSatisfy((person) -> assertThat(person.missingSyncs()).isZero());
		sync();
		assertThat(everyone().values()).extracting(Person::state).doesNotContain(PersonState.GONE);
	}

	@Test
	void aFailedSyncChangesNobodyAndSaysWhy() {
		SimShare leaving = friend(true, movies);
		friend(true, movies);
		sync();
		sim.removeShareOutOfBand(leaving.id());
		sync();
		Instant succeeded = this.people.syncStatus().lastSuccessAt();
		sim.faults().outage(true);

		SyncResult failed = sync();

		sim.faults().outage(false);
		assertThat(failed.ran()).isTrue();
		assertThat(failed.status().lastOutcome()).isEqualTo(SyncOutcome.FAILED);
		assertThat(failed.status().lastProblem()).isNotBlank();
		assertThat(failed.status().lastSuccessAt()).isEqualTo(succeeded);
		assertThat(everyone().get(leaving.invitedUsername())).satisfies((person) -> {
			assertThat(person.state()).isEqualTo(PersonState.ACCEPTED);
			assertThat(person.missingSyncs()).isEqualTo(1);
		});
	}

	@Test
	void throttlesOnDemandSyncsToOnePerMinimumGap() {
		SyncResult first = sync();
		this.clock.advance(Duration.ofSeconds(20));

		SyncResult throttled = this.people.syncNow();

		assertThat(first.ran()).isTrue();
		assertThat(throttled.ran()).isFalse();
		assertThat(throttled.retryIn()).isEqualTo(Duration.ofSeconds(40));
		assertThat(throttled.status().lastAttemptAt()).isEqualTo(first.status().lastAttemptAt());
		this.clock.advance(Duration.ofSeconds(40));
		assertThat(this.people.syncNow().ran()).isTrue();
	}

	@Test
	void findsWhomARequestSharedWithByNameInsteadOfImportingThem() {
		String name = "asker" + names.incrementAndGet();
		sim.addAccount(name, name + "@example.com");
		long shareId = this.plex.share(name, LibrarySelection.all(), ShareSettings.defaults()).shareId();
		this.events.publishEvent(new AccessGranted(AccessGranted.Source.REQUEST, 77, null, null, name.toUpperCase(),
				null, shareId, false, this.profiles.defaultProfile().id(), null, this.clock.instant(), null));
		sim.acceptInvite(shareId);

		sync();

		Person asker = everyone().get(name);
		assertThat(everyone()).hasSize(1);
		assertThat(asker.origin()).isEqualTo(PersonOrigin.REQUEST);
		assertThat(asker.originRef()).isEqualTo(77L);
		assertThat(asker.plexAccountId()).isNotNull();
		assertThat(asker.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(this.people.find(asker.id()).orElseThrow().history())
			.extracting(PersonEvent::kind, PersonEvent::actor)
			.containsExactly(tuple(PersonEvent.Kind.SHARED, "request #77"), tuple(PersonEvent.Kind.ACCEPTED, "sync"));
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
