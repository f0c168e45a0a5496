package app.plexinvite.links;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexToken;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.support.MutableClock;

import static app.plexinvite.links.JoinSimulator.newAccount;
import static app.plexinvite.links.JoinSimulator.sim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The sign-in poller against the simulator's PINs (plex-protocol.md §10), driven by calls
 * to {@link PlexSignIns#poll()} with a clock the test moves; the join runs on the calling
 * thread here. The attempts are in the application's database (emptied before each test).
 */
class PlexSignInsTests extends JoinAppTest {

	@Autowired
	PlexClient plex;

	@Autowired
	SignInAttempts attempts;

	final MutableClock clock = new MutableClock(START);

	final JoinService joins = mock(JoinService.class);

	PlexSignIns signIns;

	InviteLink link;

	@BeforeEach
	void signIns() {
		this.signIns = new PlexSignIns(this.plex, this.joins, this.links, this.attempts, this.clock, Runnable::run);
		this.link = Fixtures.link(1, "family", LinkState.ACTIVE, false, false);
		given(this.links.findByCode("family")).willReturn(Optional.of(this.link));
	}

	private SignInAttempt attempt(PlexSignIns.Started started) {
		return this.signIns.find(started.attemptId()).orElseThrow();
	}

	@Test
	void sendsThePopupToPlexWithoutAWayBackAndThePageBackToTheLink() {
		PlexSignIns.Started started = this.signIns.start(this.link,
				URI.create("https://invite.example/i/family/return"), null);

		assertThat(started.popupUrl().toString()).startsWith(sim.baseUrl() + "/auth#?clientID=")
			.doesNotContain("forwardUrl");
		assertThat(started.pageUrl().toString())
			.contains("forwardUrl=" + "https%3A%2F%2Finvite.example%2Fi%2Ffamily%2Freturn");
		assertThat(attempt(started).state()).isEqualTo(SignInAttempt.State.WAITING);
	}

	/** An idle instance takes no lock (no write) every second: only a round with work. */
	@Test
	void aRoundIsDueOnlyForAWaitingAttemptOrTheCleanUp() {
		assertThat(this.signIns.roundDue()).as("the first clean-up").isTrue();
		this.signIns.poll();
		assertThat(this.signIns.roundDue()).as("nothing waits").isFalse();

		PlexSignIns.Started started = this.signIns.start(this.link, null, null);
		assertThat(this.signIns.roundDue()).as("a sign-in waits").isTrue();

		this.signIns.forget(started.attemptId());
		assertThat(this.signIns.roundDue()).isFalse();
		this.clock.advance(PlexSignIns.CLEANUP_EVERY);
		assertThat(this.signIns.roundDue()).as("the next clean-up").isTrue();
	}

	@Test
	void keepsWaitingUntilPlexSaysTheySignedIn() {
		PlexSignIns.Started started = this.signIns.start(this.link, null, null);

		this.signIns.poll();

		assertThat(attempt(started).state()).isEqualTo(SignInAttempt.State.WAITING);
		then(this.joins).should(never()).join(any(), any(), any());
	}

	@Test
	void joinsWithTheirTokenOnceApprovedAndKeepsTheOutcome() {
		SimAccount friend = newAccount();
		given(this.joins.join(this.link, new PlexToken(friend.token()), null)).willReturn(JoinOutcome.joined(null));
		PlexSignIns.Started started = this.signIns.start(this.link, null, null);
		sim.approvePin(attempt(started).pinId(), friend);

		this.signIns.poll();
		this.signIns.poll();

		assertThat(attempt(started).state()).isEqualTo(SignInAttempt.State.DONE);
		assertThat(attempt(started).outcome()).isEqualTo(JoinOutcome.joined(null));
		then(this.joins).should().join(this.link, new PlexToken(friend.token()), null);
	}

	@Test
	void joinsInTheLanguageOfThePageTheSignInStartedFrom() {
		SimAccount friend = newAccount();
		PlexSignIns.Started started = this.signIns.start(this.link, null, Locale.GERMANY);
		sim.approvePin(attempt(started).pinId(), friend);

		this.signIns.poll();

		then(this.joins).should().join(this.link, new PlexToken(friend.token()), Locale.GERMANY);
	}

	@Test
	void stopsAtThePinsExpiryAndAsksToSignInAgain() {
		PlexSignIns.Started started = this.signIns.start(this.link, null, null);
		this.clock.advance(Duration.between(START, attempt(started).expiresAt()).plusSeconds(1));
		sim.clearRequests();

		this.signIns.poll();

		assertThat(attempt(started).outcome().kind()).isEqualTo(JoinOutcome.Kind.SIGN_IN_AGAIN);
		assertThat(sim.requests()).noneMatch((request) -> request.path().startsWith("/api/v2/pins/"));
	}

	@Test
	void asksToSignInAgainWhenPlexForgotThePin() {
		PlexSignIns.Started started = this.signIns.start(this.link, null, null);
		sim.faults().failNext("GET", "/api/v2/pins/\\d+", 404);

		this.signIns.poll();

		assertThat(attempt(started).outcome().kind()).isEqualTo(JoinOutcome.Kind.SIGN_IN_AGAIN);
	}

	@Test
	void keepsWaitingThroughAPlexHiccup() {
		PlexSignIns.Started started = this.signIns.start(this.link, null, null);
		sim.faults().failNext("GET", "/api/v2/pins/\\d+", 503);

		this.signIns.poll();

		assertThat(attempt(started).state()).isEqualTo(SignInAttempt.State.WAITING);
	}

	@Test
	void reportsAFailedJoinWithoutLosingTheAttempt() {
		SimAccount friend = newAccount();
		given(this.joins.join(any(), any(), any())).willThrow(new IllegalStateException("boom"));
		PlexSignIns.Started started = this.signIns.start(this.link, null, null);
		sim.approvePin(attempt(started).pinId(), friend);

		this.signIns.poll();

		assertThat(attempt(started).outcome().kind()).isEqualTo(JoinOutcome.Kind.FAILED);
	}

	@Test
	void pausesEveryPollForTenSecondsWhenPlexAsksToSlowDownNewSignInsToo() {
		this.signIns.start(this.link, null, null);
		this.signIns.start(this.link, null, null);
		sim.faults().rateLimitNext(1);
		sim.clearRequests();

		this.signIns.poll();
		assertThat(pinPolls()).as("the second waits").isEqualTo(1);
		this.signIns.start(this.link, null, null);
		sim.clearRequests();
		this.clock.advance(PlexSignIns.RATE_LIMITED_PAUSE.minusSeconds(1));
		this.signIns.poll();
		assertThat(pinPolls()).isZero();

		this.clock.advance(Duration.ofSeconds(1));
		this.signIns.poll();
		assertThat(pinPolls()).isEqualTo(3);
	}

	@Test
	void forgetsAWaitingAttemptButNotAFinishedOne() {
		PlexSignIns.Started waiting = this.signIns.start(this.link, null, null);
		PlexSignIns.Started finished = this.signIns.start(this.link, null, null);
		sim.faults().failNext("GET", "/api/v2/pins/" + attempt(finished).pinId(), 404);
		this.signIns.poll();

		this.signIns.forget(waiting.attemptId());
		this.signIns.forget(finished.attemptId());
		this.signIns.forget(null);

		assertThat(this.signIns.find(waiting.attemptId())).isEmpty();
		assertThat(attempt(finished).state()).isEqualTo(SignInAttempt.State.DONE);
	}

	@Test
	void keepsAnAttemptHalfAnHourAfterItsLastChangeAndItsExpiry() {
		PlexSignIns.Started started = this.signIns.start(this.link, null, null);
		this.clock.advance(Duration.between(START, attempt(started).expiresAt()));
		this.signIns.poll();
		assertThat(attempt(started).state()).isEqualTo(SignInAttempt.State.DONE);

		this.clock.advance(PlexSignIns.KEPT);
		this.signIns.poll();
		assertThat(this.signIns.find(started.attemptId())).isPresent();

		this.clock.advance(Duration.ofMinutes(1));
		this.signIns.poll();
		assertThat(this.signIns.find(started.attemptId())).isEmpty();
	}

	private long pinPolls() {
		return sim.requests().stream().filter((request) -> request.path().startsWith("/api/v2/pins/")).count();
	}

}
