package app.plexinvite.invite;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.plexinvite.jobs.ClusterJobs;
import app.plexinvite.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A pipeline round may last minutes in a burst: the schedule starts it on a thread of its
 * own, so the one scheduler thread that every fixed-delay job shares (the sign-in poller,
 * the batch feeder, the outboxes) is never held by it, and starts no second round while
 * one runs.
 */
class PipelineScheduleTest {

	private final ClusterJobs jobs = mock(ClusterJobs.class);

	private final CountDownLatch roundMayEnd = new CountDownLatch(1);

	private final AtomicInteger rounds = new AtomicInteger();

	private final AtomicInteger running = new AtomicInteger();

	@AfterEach
	void endTheRound() {
		this.roundMayEnd.countDown();
	}

	@Test
	void startsALongRoundOnItsOwnThreadAndNoSecondOneWhileItRuns() throws Exception {
		given(this.jobs.everywhere(eq(PipelineSchedule.JOB), any())).willAnswer((call) -> {
			this.rounds.incrementAndGet();
			this.running.incrementAndGet();
			try {
				this.roundMayEnd.await();
			}
			finally {
				this.running.decrementAndGet();
			}
			return true;
		});
		PipelineSchedule schedule = new PipelineSchedule(mock(InvitePipeline.class), this.jobs);

		schedule.poll();
		Eventually.until("a round running", Duration.ofSeconds(20), () -> this.running.get() == 1);
		schedule.poll();
		schedule.poll();

		assertThat(this.rounds).as("the scheduler thread came back; no second round").hasValue(1);
		this.roundMayEnd.countDown();
		Eventually.until("the round ended", Duration.ofSeconds(20), () -> this.running.get() == 0);
		Eventually.until("the next tick starts the next round", Duration.ofSeconds(20), () -> {
			schedule.poll();
			return this.rounds.get() >= 2;
		});
	}

}
