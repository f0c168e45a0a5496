package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;

import app.plexinvite.audit.AuditLog;
import app.plexinvite.jobs.ClusterJobs;
import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The schedule syncs when people.sync-interval passed since the last sync started (on
 * demand too), never with an interval of 0, once at a time across instances.
 */
class PeopleSyncScheduleTest {

	private final MutableClock clock = new MutableClock(PeopleFixture.START);

	private final SyncRun run = mock(SyncRun.class);

	private final SyncRuns runs = mock(SyncRuns.class);

	private final LockProvider locks = mock(LockProvider.class);

	private PeopleSync sync(Duration interval, boolean jobsEnabled) {
		var clocks = new StaticListableBeanFactory();
		clocks.addBean("clock", this.clock);
		PeopleProperties properties = new PeopleProperties(interval, Duration.ofMinutes(1), Duration.ofMinutes(1),
				Duration.ofDays(3), Duration.ZERO, Duration.ofHours(1), jobsEnabled);
		given(this.runs.status(any()))
			.willAnswer((call) -> new SyncStatus(null, null, null, null, 0, 0, 0, call.getArgument(0)));
		return new PeopleSync(this.run, this.runs, mock(PersonStore.class), properties, mock(AuditLog.class),
				this.locks, clocks.getBeanProvider(java.time.Clock.class));
	}

	@Test
	void syncsOnlyOnceTheIntervalPassedSinceTheLastStart() {
		PeopleSync sync = sync(Duration.ofMinutes(30), true);
		Instant last = this.clock.instant().minus(Duration.ofMinutes(29));
		given(this.runs.lastAttemptAt()).willReturn(Optional.of(last));

		sync.syncIfDue();
		verify(this.run, never()).run();
		assertThat(sync.status().nextScheduledAt()).isEqualTo(last.plus(Duration.ofMinutes(30)));

		this.clock.advance(Duration.ofMinutes(1));
		sync.syncIfDue();
		verify(this.run, times(1)).run();
	}

	@Test
	void neverSyncsOnScheduleWithAnIntervalOfZero() {
		PeopleSync sync = sync(Duration.ZERO, true);
		given(this.runs.lastAttemptAt()).willReturn(Optional.empty());

		sync.syncIfDue();

		verify(this.run, never()).run();
		assertThat(sync.status().nextScheduledAt()).isNull();
		assertThat(sync(Duration.ofMinutes(30), false).status().nextScheduledAt()).as("jobs off").isNull();
	}

	@Test
	void anOnDemandSyncTakesTheSharedLockAndSkipsWhileAnotherInstanceHoldsIt() {
		PeopleSync sync = sync(Duration.ofMinutes(30), true);
		given(this.runs.lastAttemptAt()).willReturn(Optional.empty());
		given(this.run.run()).willReturn(new SyncStatus(this.clock.instant(), this.clock.instant(),
				SyncStatus.SyncOutcome.COMPLETE, null, 0, 0, 0, null));
		given(this.locks.lock(any())).willReturn(Optional.empty());

		assertThat(sync.syncNow().ran()).isFalse();
		verify(this.run, never()).run();

		SimpleLock lock = mock(SimpleLock.class);
		given(this.locks.lock(any())).willReturn(Optional.of(lock));
		assertThat(sync.syncNow().ran()).isTrue();
		verify(this.run, times(1)).run();
		verify(lock).unlock();
		ArgumentCaptor<LockConfiguration> taken = ArgumentCaptor.forClass(LockConfiguration.class);
		verify(this.locks, times(2)).lock(taken.capture());
		assertThat(taken.getValue().getName()).isEqualTo("people-sync");
	}

	@Test
	void anOnDemandSyncChecksTheThrottleOnceItHoldsTheLock() {
		PeopleSync sync = sync(Duration.ofMinutes(30), true);
		given(this.runs.lastAttemptAt()).willReturn(Optional.of(this.clock.instant().minusSeconds(20)));
		SimpleLock lock = mock(SimpleLock.class);
		given(this.locks.lock(any())).willReturn(Optional.of(lock));

		SyncResult result = sync.syncNow();

		assertThat(result.ran()).isFalse();
		assertThat(result.retryIn()).isEqualTo(Duration.ofSeconds(40));
		verify(this.run, never()).run();
		verify(lock).unlock();
	}

	@Test
	void theScheduledRoundRunsOncePerClusterUnderTheSharedLockAndIsOffWhenJobsAre() throws NoSuchMethodException {
		ClusterJobs jobs = mock(ClusterJobs.class);
		PeopleSync sync = sync(Duration.ofMinutes(30), true);
		given(this.runs.lastAttemptAt()).willReturn(Optional.empty());
		given(jobs.once(any(), any(), any())).willAnswer((call) -> {
			call.getArgument(2, Runnable.class).run();
			return true;
		});

		new PeopleSyncSchedule(sync, jobs).syncIfDue();

		verify(jobs).once(eq("people-sync"), eq(Duration.ofMinutes(15)), any());
		verify(this.run, times(1)).run();
		assertThat(PeopleSyncSchedule.class.getDeclaredMethod("syncIfDue").getAnnotation(Scheduled.class)).isNotNull();
		assertThat(PeopleSyncSchedule.class.getAnnotation(ConditionalOnBooleanProperty.class).name())
			.containsExactly("people.jobs-enabled");
	}

}
