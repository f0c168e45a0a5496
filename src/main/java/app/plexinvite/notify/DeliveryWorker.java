package app.plexinvite.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Sends what is due, every {@code notify.poll-interval}: up to {@value #BATCH} deliveries
 * a round, one after the other, once per cluster ({@link ClusterJobs#once}, ShedLock row
 * "webhook-delivery"), so retries keep their order and pace however many instances run.
 * Each delivery is still claimed by a conditional update ("Retry now" sends from a page's
 * thread), so none is sent twice. Off with {@code notify.worker-enabled=false} (tests
 * call {@link #runOnce()}).
 */
@Component
class DeliveryWorker {

	static final String JOB = "webhook-delivery";

	/** A round of {@value #BATCH} requests of at most notify.request-timeout each. */
	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(15);

	static final int BATCH = 50;

	private final Deliveries deliveries;

	private final DeliveryAttempts attempts;

	private final NotifyProperties properties;

	private final Clock clock;

	private final ClusterJobs jobs;

	DeliveryWorker(Deliveries deliveries, DeliveryAttempts attempts, NotifyProperties properties,
			ObjectProvider<Clock> clock, ClusterJobs jobs) {
		this.jobs = jobs;
		this.deliveries = deliveries;
		this.attempts = attempts;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Scheduled(fixedDelayString = "${notify.poll-interval:5s}", initialDelayString = "${notify.poll-interval:5s}")
	void scheduledRound() {
		if (!this.properties.workerEnabled()) {
			return;
		}
		this.jobs.once(JOB, LOCK_AT_MOST, this::runOnce);
	}

	/** One round; the number of attempts this worker made. */
	int runOnce() {
		List<Long> due = this.deliveries.due(this.clock.instant(), BATCH);
		int attempted = 0;
		for (long id : due) {
			attempted += this.attempts.attempt(id) ? 1 : 0;
		}
		return attempted;
	}

	/** "Retry now" and test events: due at once, sent in this thread. */
	boolean sendNow(long deliveryId) {
		return this.deliveries.requeue(deliveryId, this.clock.instant()) && this.attempts.attempt(deliveryId);
	}

}
