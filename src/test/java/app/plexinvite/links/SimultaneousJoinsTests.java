package app.plexinvite.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.plexinvite.plex.PlexToken;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.SimulatorProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty people sign in with Plex at the same moment on a single-use link: the whole
 * application (real links, profiles and Plex client) against the simulator gives exactly
 * one of them a share, accepted, with exactly the profile's libraries. Run on SQLite and,
 * by {@link SimultaneousJoinsOnPostgresqlTests}, on PostgreSQL (one simulator serves both
 * and stops with the JVM).
 */
@AppTest
class SimultaneousJoinsTests {

	static final int PEOPLE = 20;

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Cinema");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final SimLibrary shows = server.addLibrary("Shows", "show");

	static final SimLibrary music = server.addLibrary("Music", "artist");

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	JoinService joins;

	@Autowired
	InviteLinks links;

	@Autowired
	AccessProfiles profiles;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, server.name(), registry);
	}

	@Test
	void twentySimultaneousRedemptionsOfASingleUseLinkGiveExactlyOneShare() throws Exception {
		AccessProfile films = this.profiles.create(new ProfileDraft("Films and shows " + names.incrementAndGet(), false,
				List.of(library(movies), library(shows)), false, false, false, null, null, null, null));
		InviteLink once = this.links
			.create(new LinkDraft("Once", null, null, null, null, 1, films.id(), null, false, false));
		List<SimAccount> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			String name = "rush" + names.incrementAndGet();
			people.add(sim.addAccount(name, name + "@example.com"));
		}

		List<JoinOutcome.Kind> outcomes = joinAtOnce(once, people);

		assertThat(outcomes).filteredOn((kind) -> kind == JoinOutcome.Kind.JOINED).hasSize(1);
		assertThat(outcomes).filteredOn((kind) -> kind == JoinOutcome.Kind.LINK_CLOSED).hasSize(PEOPLE - 1);
		Set<Long> ids = people.stream().map(SimAccount::id).collect(Collectors.toSet());
		List<SimShare> shares = sim.shares()
			.stream()
			.filter((share) -> share.invitedId() != null && ids.contains(share.invitedId()))
			.toList();
		assertThat(shares).singleElement().satisfies((share) -> {
			assertThat(share.accepted()).isTrue();
			assertThat(share.allLibraries()).isFalse();
			assertThat(share.librarySectionIds()).containsExactlyInAnyOrder(movies.plexTvId(), shows.plexTvId());
		});
		assertThat(this.links.findByCode(once.code()).orElseThrow().uses()).isEqualTo(1);
	}

	private List<JoinOutcome.Kind> joinAtOnce(InviteLink link, List<SimAccount> people) throws Exception {
		CountDownLatch gate = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(people.size())) {
			List<Future<JoinOutcome>> futures = new ArrayList<>();
			for (SimAccount person : people) {
				futures.add(pool.submit(() -> {
					gate.await();
					return this.joins.join(link, new PlexToken(person.token()), null);
				}));
			}
			gate.countDown();
			List<JoinOutcome.Kind> kinds = new ArrayList<>();
			for (Future<JoinOutcome> future : futures) {
				kinds.add(future.get().kind());
			}
			return kinds;
		}
	}

	private static AccessProfile.Library library(SimLibrary library) {
		return new AccessProfile.Library(library.plexTvId(), library.title());
	}

}
