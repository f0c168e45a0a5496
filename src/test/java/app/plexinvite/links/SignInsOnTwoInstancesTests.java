package app.plexinvite.links;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexToken;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestPostgres;

import static app.plexinvite.links.JoinSimulator.newAccount;
import static app.plexinvite.links.JoinSimulator.sim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

/**
 * Two instances behind a load balancer without sticky sessions, on one PostgreSQL
 * database: two {@link PlexSignIns}, each with its own store object, as two processes
 * would have (plex-protocol.md §10). An attempt started on one is found, polled and
 * finished by the other, and joined exactly once.
 */
class SignInsOnTwoInstancesTests extends JoinAppTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.freshDatabaseFor(registry);
	}

	@Autowired
	PlexClient plex;

	@Autowired
	DataSource dataSource;

	final MutableClock clock = new MutableClock(START);

	final JoinService joins = mock(JoinService.class);

	InviteLink link;

	private PlexSignIns one;

	private PlexSignIns two;

	private SignInAttempts storeOfOne;

	private SignInAttempts storeOfTwo;

	@BeforeEach
	void twoInstances() {
		this.storeOfOne = new SignInAttempts(JdbcClient.create(this.dataSource));
		this.storeOfTwo = new SignInAttempts(JdbcClient.create(this.dataSource));
		this.one = new PlexSignIns(this.plex, this.joins, this.links, this.storeOfOne, this.clock, Runnable::run);
		this.two = new PlexSignIns(this.plex, this.joins, this.links, this.storeOfTwo, this.clock, Runnable::run);
		this.link = Fixtures.link(1, "family", LinkState.ACTIVE, false, false);
		given(this.links.findByCode("family")).willReturn(Optional.of(this.link));
	}

	@Test
	void anAttemptStartedOnOneIsFoundPolledAndFinishedByTheOtherAndJoinedOnce() {
		SimAccount friend = newAccount();
		JoinOutcome outcome = new JoinOutcome(JoinOutcome.Kind.JOINED, "status-token", "links.some.key",
				START.plus(Duration.ofDays(30)));
		given(this.joins.join(this.link, new PlexToken(friend.token()), Locale.FRANCE)).willReturn(outcome);
		PlexSignIns.Started started = this.one.start(this.link, null, Locale.FRANCE);

		SignInAttempt onTwo = this.two.find(started.attemptId()).orElseThrow();
		assertThat(onTwo.code()).isEqualTo("family");
		assertThat(onTwo.state()).isEqualTo(SignInAttempt.State.WAITING);
		assertThat(onTwo.locale()).isEqualTo(Locale.FRANCE);
		sim.approvePin(onTwo.pinId(), friend);
		this.two.poll();
		this.one.poll();
		this.two.poll();

		SignInAttempt onOne = this.one.find(started.attemptId()).orElseThrow();
		assertThat(onOne.state()).isEqualTo(SignInAttempt.State.DONE);
		assertThat(onOne.outcome()).isEqualTo(outcome);
		then(this.joins).should(times(1)).join(this.link, new PlexToken(friend.token()), Locale.FRANCE);
	}

	@Test
	void onlyOneInstanceMovesAnAttemptToJoiningAndTheOtherNoLongerPollsIt() {
		PlexSignIns.Started started = this.one.start(this.link, null, null);
		sim.approvePin(this.one.find(started.attemptId()).orElseThrow().pinId(), newAccount());

		assertThat(this.storeOfTwo.claimForJoining(started.attemptId(), START)).isTrue();
		assertThat(this.storeOfOne.claimForJoining(started.attemptId(), START)).isFalse();
		sim.clearRequests();
		this.one.poll();

		assertThat(sim.requests()).noneMatch((request) -> request.path().startsWith("/api/v2/pins/"));
		then(this.joins).should(never()).join(any(), any(), any());
		assertThat(this.two.find(started.attemptId()).orElseThrow().state()).isEqualTo(SignInAttempt.State.JOINING);
	}

	@Test
	void aJoinLostWithItsInstanceAsksThePersonToTryAgainAfterTenMinutes() {
		PlexSignIns killedMidJoin = new PlexSignIns(this.plex, this.joins, this.links, this.storeOfOne, this.clock,
				(join) -> {
				});
		PlexSignIns.Started started = killedMidJoin.start(this.link, null, null);
		sim.approvePin(this.two.find(started.attemptId()).orElseThrow().pinId(), newAccount());
		killedMidJoin.poll();

		this.clock.advance(PlexSignIns.JOIN_LOST_AFTER);
		this.two.poll();
		assertThat(this.two.find(started.attemptId()).orElseThrow().state()).isEqualTo(SignInAttempt.State.JOINING);

		this.clock.advance(Duration.ofMinutes(1));
		this.two.poll();
		assertThat(this.one.find(started.attemptId()).orElseThrow().outcome())
			.isEqualTo(JoinOutcome.of(JoinOutcome.Kind.TRY_LATER));
		then(this.joins).should(never()).join(any(), any(), any());
	}

	@Test
	void bothInstancesPollingAtOnceJoinEachApprovedAttemptOnce() throws Exception {
		given(this.joins.join(any(), any(), any())).willReturn(JoinOutcome.joined(null));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			PlexSignIns.Started started = ((i % 2 == 0) ? this.one : this.two).start(this.link, null, null);
			sim.approvePin(this.one.find(started.attemptId()).orElseThrow().pinId(), newAccount());
			ids.add(started.attemptId());
		}
		CyclicBarrier together = new CyclicBarrier(2);
		try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
			List<Future<?>> rounds = List.of(instances.submit(() -> pollTogether(this.one, together)),
					instances.submit(() -> pollTogether(this.two, together)));
			for (Future<?> round : rounds) {
				round.get();
			}
		}

		then(this.joins).should(times(10)).join(any(), any(), any());
		assertThat(ids).allSatisfy(
				(id) -> assertThat(this.two.find(id).orElseThrow().outcome()).isEqualTo(JoinOutcome.joined(null)));
	}

	private static Void pollTogether(PlexSignIns instance, CyclicBarrier together) throws Exception {
		together.await();
		instance.poll();
		return null;
	}

}
