package app.plexinvite.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.jobs.ClusterJobs;
import app.plexinvite.plex.PlexException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expiry job with a clock the test moves: nothing before the end, removed after,
 * once; failures retried with back-off; a 404 counts as removed; one warning per end
 * date.
 */
class ExpiryJobTests extends PeopleAgainstTheSimulator {

	@Autowired
	ExpiryJob job;

	@Autowired
	People people;

	@Autowired
	ExpiryRemoval removal;

	@Autowired
	ExpiryQueries queries;

	@Autowired
	ExpiryWarnings warnings;

	@Autowired
	PlexCallPause pause;

	@Autowired
	LockProvider locks;

	@Autowired
	ClusterJobs clusterJobs;

	private Person endingIn(Duration duration, Person person) {
		Instant end = this.clock.instant().plus(duration);
		assertThat(this.people.setExpiry(person.id(), end).ok()).isTrue();
		return reread(person);
	}

	private long expiredEvents(Person person) {
		return this.events.stream(AccessEnded.class)
			.filter((ended) -> ended.personId() == person.id() && ended.reason() == PersonState.EXPIRED)
			.count();
	}

	@Test
	void removesAccessAtItsEndAndOnlyOnce() {
		Person person = endingIn(Duration.ofHours(1), accepted(null, movies));
		Person other = accepted(null, movies);

		this.clock.advance(Duration.ofMinutes(59));
		this.job.runOnce();
		assertThat(hasShare(person)).isTrue();
		assertThat(reread(person).state()).isEqualTo(PersonState.ACCEPTED);

		this.clock.advance(Duration.ofMinutes(1));
		sim.clearRequests();
		this.job.runOnce();
		this.job.runOnce();

		assertThat(sim.requests()).filteredOn((request) -> request.method().equals("DELETE"))
			.singleElement()
			.satisfies((request) -> assertThat(request.path()).endsWith("/shared_servers/" + person.plexShareId()));
		assertThat(hasShare(person)).isFalse();
		assertThat(hasShare(other)).isTrue();
		Person expired = reread(person);
		assertThat(expired.state()).isEqualTo(PersonState.EXPIRED);
		assertThat(history(expired)).filteredOn(PersonEvent.Kind.EXPIRED::equals).hasSize(1);
		assertThat(this.store.history(person.id())).last()
			.satisfies((event) -> assertThat(event.actor()).isEqualTo("job expiry"));
		assertThat(expiredEvents(person)).isEqualTo(1);
		assertThat(this.events.stream(AuditEvent.class))
			.filteredOn((event) -> event.action() == AuditAction.ACCESS_EXPIRED
					&& event.target().equals(person.username() + " (#" + person.id() + ")"))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.actor().name()).isEqualTo("expiry");
				assertThat(event.actor().job()).isTrue();
				assertThat(event.outcome().succeeded()).isTrue();
			});
	}

	@Test
	void cancelsAPendingInviteWhoseEndPassed() {
		Person person = endingIn(Duration.ofMinutes(5), pending(null, shows));
		this.clock.advance(Duration.ofMinutes(5));

		this.job.runOnce();

		assertThat(hasShare(person)).isFalse();
		assertThat(reread(person).state()).isEqualTo(PersonState.EXPIRED);
	}

	@Test
	void retriesAFailedRemovalLaterWithBackOff() {
		Person person = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		String path = ".*/shared_servers/" + person.plexShareId();
		sim.faults().failNext("DELETE", path, 500);

		this.job.runOnce();

		Person failed = reread(person);
		Instant firstFailure = this.clock.instant();
		assertThat(failed.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(failed.expiryAttempts()).isEqualTo(1);
		assertThat(failed.expiryRetryAt()).isEqualTo(firstFailure.plus(Duration.ofMinutes(1)));
		assertThat(failed.expiryFailure()).isEqualTo(PlexException.Reason.PLEX_ERROR.description());
		assertThat(history(failed)).endsWith(PersonEvent.Kind.EXPIRY_FAILED);
		this.clock.advance(Duration.ofSeconds(59));
		this.job.runOnce();
		assertThat(reread(person).expiryAttempts()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(1));
		sim.faults().failNext("DELETE", path, 502);
		this.job.runOnce();
		assertThat(reread(person).expiryRetryAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(2)));
		this.clock.advance(Duration.ofMinutes(2));
		sim.faults().failNext("DELETE", path, 500);
		this.job.runOnce();
		assertThat(reread(person).expiryRetryAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(3)));
		this.clock.advance(Duration.ofMinutes(3));
		this.job.runOnce();

		Person expired = reread(person);
		assertThat(expired.state()).isEqualTo(PersonState.EXPIRED);
		assertThat(expired.expiryFailure()).isNull();
		assertThat(expired.expiryRetryAt()).isNull();
		assertThat(hasShare(person)).isFalse();
	}

	@Test
	void countsAShareAlreadyGoneOnPlexAsRemoved() {
		Person person = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		sim.removeShareOutOfBand(person.plexShareId());

		this.job.runOnce();

		assertThat(reread(person).state()).isEqualTo(PersonState.EXPIRED);
		assertThat(expiredEvents(person)).isEqualTo(1);
	}

	@Test
	void doesNotTrustA404WhilePlexStillListsTheShare() {
		Person person = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		sim.faults().failNext("DELETE", ".*/shared_servers/" + person.plexShareId(), 404);

		this.job.runOnce();

		Person failed = reread(person);
		assertThat(failed.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(failed.expiryAttempts()).isEqualTo(1);
		assertThat(failed.expiryFailure()).contains("still lists");
		assertThat(hasShare(person)).isTrue();
		assertThat(expiredEvents(person)).isZero();
	}

	@Test
	void doesNotTrustA404WhenPlexThenListsNoSharesAtAllWhileOthersHoldSome() {
		accepted(null, shows);
		Person person = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		sim.faults().failNext("DELETE", ".*/shared_servers/" + person.plexShareId(), 404);
		sim.faults().emptyShareListsNext(1);

		this.job.runOnce();

		Person failed = reread(person);
		assertThat(failed.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(failed.expiryFailure()).contains("listed no shares at all");
		assertThat(hasShare(person)).isTrue();
		assertThat(expiredEvents(person)).isZero();
	}

	@Test
	void aConcurrentRoundThatLostTheRaceRecordsNothingTwice() {
		Person person = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		Person stale = reread(person);
		this.clock.advance(Duration.ofSeconds(1));
		this.job.runOnce();

		assertThat(this.removal.remove(stale)).isEqualTo(ExpiryRemoval.Outcome.NOTHING_TO_DO);

		assertThat(history(person)).filteredOn(PersonEvent.Kind.EXPIRED::equals).hasSize(1);
		assertThat(expiredEvents(person)).isEqualTo(1);
	}

	@Test
	void aRemovalWhoseRecordChangedMeanwhileIsStillRecorded() {
		Person person = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		Person stale = reread(person);
		this.clock.advance(Duration.ofSeconds(1));
		this.people.saveNote(person.id(), "moved away");

		assertThat(this.removal.remove(stale)).isEqualTo(ExpiryRemoval.Outcome.EXPIRED);

		Person expired = reread(person);
		assertThat(expired.state()).isEqualTo(PersonState.EXPIRED);
		assertThat(expired.note()).isEqualTo("moved away");
		assertThat(hasShare(person)).isFalse();
	}

	@Test
	void doesNotMarkExpiredSomeoneWhoseEndWasMovedMeanwhile() {
		Person person = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		Person stale = reread(person);
		this.clock.advance(Duration.ofSeconds(1));
		this.people.extendExpiry(person.id(), Duration.ofDays(7));

		assertThat(this.removal.remove(stale)).isEqualTo(ExpiryRemoval.Outcome.NOTHING_TO_DO);

		assertThat(reread(person).state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(hasShare(person)).as("the extended share stays on Plex").isTrue();
		assertThat(history(person)).doesNotContain(PersonEvent.Kind.EXPIRED);
		assertThat(expiredEvents(person)).isZero();
	}

	@Test
	void stopsTheRoundWhenPlexTvSaysTooManyRequests() {
		Person first = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		Person second = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		sim.faults().rateLimitNext(1);

		ExpiryJob.ExpiryRound round = this.job.runOnce();

		assertThat(round.stoppedEarly()).isTrue();
		assertThat(reread(first).state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(reread(second).state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(reread(first).expiryAttempts()).isZero();

		this.job.runOnce();

		assertThat(reread(first).state()).isEqualTo(PersonState.EXPIRED);
		assertThat(reread(second).state()).isEqualTo(PersonState.EXPIRED);
		assertThat(pauses).isNotEmpty().allMatch(Duration.ofMillis(250)::equals);
	}

	@Test
	void warnsOnceWhenTheEndComesNear() {
		Person person = endingIn(Duration.ofDays(5), accepted(null, movies));

		this.job.runOnce();
		assertThat(this.events.stream(AccessExpiringSoon.class)).noneMatch((soon) -> soon.personId() == person.id());

		this.clock.advance(Duration.ofDays(2));
		this.job.runOnce();
		this.job.runOnce();

		assertThat(this.events.stream(AccessExpiringSoon.class)).filteredOn((soon) -> soon.personId() == person.id())
			.singleElement()
			.isEqualTo(new AccessExpiringSoon(person.id(), person.username(), person.email(), person.accessEndsAt(),
					null));
		assertThat(reread(person).expiryWarnedAt()).isEqualTo(this.clock.instant());
		assertThat(history(person)).filteredOn(PersonEvent.Kind.EXPIRY_WARNED::equals).hasSize(1);
		assertThat(hasShare(person)).isTrue();
	}

	@Test
	void runsOnScheduleOnlyWhenEnabledAndNotWhileAnotherInstanceHoldsTheLock() {
		Person person = endingIn(Duration.ofMinutes(1), accepted(null, movies));
		this.clock.advance(Duration.ofMinutes(1));
		var clocks = new StaticListableBeanFactory();
		clocks.addBean("clock", this.clock);
		ExpiryJob disabled = new ExpiryJob(this.queries, this.removal, this.warnings, this.pause,
				new PeopleProperties(Duration.ofMinutes(30), Duration.ofMinutes(1), Duration.ofMinutes(1),
						Duration.ofDays(3), Duration.ZERO, Duration.ofHours(1), false),
				clocks.getBeanProvider(Clock.class), this.clusterJobs);
		ExpiryJob enabled = new ExpiryJob(this.queries, this.removal, this.warnings, this.pause,
				PeopleFixture.properties(Duration.ofMinutes(30), Duration.ofMinutes(1)),
				clocks.getBeanProvider(Clock.class), this.clusterJobs);

		disabled.scheduledRound();
		assertThat(reread(person).state()).isEqualTo(PersonState.ACCEPTED);

		SimpleLock elsewhere = this.locks
			.lock(new LockConfiguration(ClockProvider.now(), ExpiryJob.LOCK, Duration.ofMinutes(5), Duration.ZERO))
			.orElseThrow();
		enabled.scheduledRound();
		assertThat(reread(person).state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(hasShare(person)).isTrue();

		elsewhere.unlock();
		enabled.scheduledRound();
		enabled.scheduledRound();
		assertThat(reread(person).state()).isEqualTo(PersonState.EXPIRED);
		assertThat(expiredEvents(person)).isEqualTo(1);
	}

}
