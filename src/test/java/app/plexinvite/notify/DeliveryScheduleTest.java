package app.plexinvite.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import app.plexinvite.jobs.ClusterJobs;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The scheduled delivery round runs once per cluster, and not at all when turned off. */
class DeliveryScheduleTest {

	private final ClusterJobs jobs = mock(ClusterJobs.class);

	private final Deliveries deliveries = mock(Deliveries.class);

	private final DeliveryAttempts attempts = mock(DeliveryAttempts.class);

	private DeliveryWorker worker(boolean enabled) {
		var clocks = new StaticListableBeanFactory();
		clocks.addBean("clock", Clock.systemUTC());
		NotifyProperties properties = new NotifyProperties(Duration.ofSeconds(5), Duration.ofSeconds(10),
				Duration.ofSeconds(5), Duration.ofMinutes(2), List.of(Duration.ofSeconds(30)), Duration.ofHours(24), 10,
				enabled);
		return new DeliveryWorker(this.deliveries, this.attempts, properties, clocks.getBeanProvider(Clock.class),
				this.jobs);
	}

	@Test
	void sendsDueDeliveriesInARoundThatRunsOncePerCluster() {
		given(this.jobs.once(eq("webhook-delivery"), any(), any())).willAnswer((call) -> {
			call.getArgument(2, Runnable.class).run();
			return true;
		});
		given(this.deliveries.due(any(), eq(DeliveryWorker.BATCH))).willReturn(List.of(7L));

		worker(true).scheduledRound();

		verify(this.attempts).attempt(7L);
	}

	@Test
	void takesNoLockWhenTheWorkerIsOff() {
		worker(false).scheduledRound();

		verifyNoInteractions(this.jobs);
		verify(this.attempts, never()).attempt(anyLong());
	}

}
