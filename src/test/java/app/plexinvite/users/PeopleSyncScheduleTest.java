package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;

import app.plexinvite.audit.AuditLog;
import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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

	private PeopleSync sync(Duration interval, boolean jobsEnabled) {
		var clocks = new StaticListableBeanFactory();
		clocks.addBean("clock", this.clock);
		PeopleProperties properties = new PeopleProperties(interval, Duration.ofMinutes(1), Duration.ofMinutes(1),
				Duration.ofDays(3), Duration.ZERO, Duration.ofHours(1), jobsEnabled);
		given(this.runs.status(any()))
			.willAnswer((call) -> new SyncStatus(null, null, null, null, 0, 0, 0, call.getArgument(0)));
		return new PeopleSync(this.run, this.runs, mock(PersonStore.class), properties, mock(AuditLog.class),
				clocks.getBeanProvider(java.time.Clock.class));
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
	void theScheduledMethodHoldsTheSharedLockAndIsOffWhenJobsAre() throws NoSuchMethodException {
		var method = PeopleSyncSchedule.class.getDeclaredMethod("syncIfDue");

		assertThat(method.getAnnotation(SchedulerLock.class).name()).isEqualTo("people-sync");
		assertThat(method.getAnnotation(Scheduled.class)).isNotNull();
		assertThat(PeopleSyncSchedule.class.getAnnotation(ConditionalOnBooleanProperty.class).name())
			.containsExactly("people.jobs-enabled");
	}

}
