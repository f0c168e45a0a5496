package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.ShareResult;
import app.plexinvite.plex.ShareSettings;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;
import app.plexinvite.support.SimulatorProperties;

/**
 * The whole app against one simulator, jobs off, a clock tests move and a pause that only
 * records; people are shared through the client and inserted as the app would know them.
 * Subclasses share one context.
 */
@AppTest
@RecordApplicationEvents
@Import(PeopleAgainstTheSimulator.Config.class)
abstract class PeopleAgainstTheSimulator {

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final SimLibrary shows = server.addLibrary("Shows", "show");

	static final SimLibrary music = server.addLibrary("Music", "artist");

	static final AtomicInteger names = new AtomicInteger();

	static final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());

	@Autowired
	PlexClient plex;

	@Autowired
	PersonStore store;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
		registry.add("people.jobs-enabled", () -> "false");
		registry.add("people.plex-call-gap", () -> "250ms");
		registry.add("people.expiry-warning", () -> "3d");
		registry.add("people.expiry-retry-max", () -> "3m");
	}

	@BeforeEach
	void resetFaults() {
		sim.faults().reset();
		pauses.clear();
		this.plex.server();
	}

	/** Someone who accepted a share of these libraries. */
	Person accepted(Long profileId, SimLibrary... libraries) {
		Person pending = pending(profileId, libraries);
		sim.acceptInvite(pending.plexShareId());
		Person accepted = pending.withState(PersonState.ACCEPTED);
		this.store.save(accepted, this.clock.instant());
		return this.store.find(pending.id()).orElseThrow();
	}

	/** Someone invited to these libraries (all when none), not accepted yet. */
	Person pending(Long profileId, SimLibrary... libraries) {
		String name = "friend" + names.incrementAndGet();
		SimAccount account = sim.addAccount(name, name + "@example.com");
		List<Long> ids = java.util.Arrays.stream(libraries).map(SimLibrary::plexTvId).toList();
		LibrarySelection selection = ids.isEmpty() ? LibrarySelection.all()
				: LibrarySelection.of(new java.util.HashSet<>(ids));
		ShareResult shared = this.plex.share(name, selection, ShareSettings.defaults());
		Person person = new Person(0, account.id(), name, name + "@example.com", name, PersonState.PENDING,
				PersonOrigin.REQUEST, null, null, shared.shareId(), profileId, ids.isEmpty(), ids, null, null, null,
				null, 0, 0, null, null, this.clock.instant(), null, null, 0);
		return this.store.insert(person, this.clock.instant());
	}

	Person reread(Person person) {
		return this.store.find(person.id()).orElseThrow();
	}

	static SimShare shareOf(Person person) {
		return sim.shares()
			.stream()
			.filter((share) -> person.username().equals(share.invitedUsername()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No share for " + person.username()));
	}

	static boolean hasShare(Person person) {
		return sim.shares().stream().anyMatch((share) -> person.username().equals(share.invitedUsername()));
	}

	/** Every share but this person's, as it is now. */
	static List<SimShare> sharesOfOthers(Person person) {
		return sim.shares().stream().filter((share) -> !person.username().equals(share.invitedUsername())).toList();
	}

	List<PersonEvent.Kind> history(Person person) {
		return this.store.history(person.id()).stream().map(PersonEvent::kind).toList();
	}

	/**
	 * Imported, not nested as a default configuration (Spring Framework 7.1 reads those).
	 */
	static class Config {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
		}

		/** The simulator lives as long as the context the subclasses share. */
		@Bean
		DisposableBean closeTheSimulator() {
			return sim::close;
		}

		@Bean
		@Primary
		PlexCallPause recordingPause() {
			return new PlexCallPause(Duration.ofMillis(250), pauses::add);
		}

	}

}
