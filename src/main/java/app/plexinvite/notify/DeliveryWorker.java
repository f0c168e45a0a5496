package app.plexinvite.notify;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due, every {@code notify.poll-interval}: up to {@value #BATCH} deliveries
 * a round, one after the other. Several instances may run it at once: each delivery is
 * claimed by a conditional update, so none is sent twice (no ShedLock needed). Off with
 * {@code notify.worker-enabled=false} (tests call {@link #runOnce()}).
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	static final int BATCH = 50;

	private final Deliveries deliveries;

	private final DeliveryAttempts attempts;

	private final NotifyProperties properties;

	private final Clock clock;

	DeliveryWorker(Deliveries deliveries, DeliveryAttempts attempts, NotifyProperties properties,
			ObjectProvider<Clock> clock) {
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
		try {
			runOnce();
		}
		catch (RuntimeException ex) {
			log.error("The webhook delivery round failed; it runs again after notify.poll-interval", ex);
		}
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
