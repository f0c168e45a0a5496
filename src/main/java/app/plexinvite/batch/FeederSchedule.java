package app.plexinvite.batch;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the feeder every second after the previous round ended, once at a time across
 * instances (ShedLock row "batch-feeder"). Off with {@code batch.jobs-enabled=false}
 * (tests call {@link BatchFeeder#round()}), checked before the lock is taken. All state
 * is in the database, so a restart simply carries on.
 */
@Component
@EnableConfigurationProperties(BatchProperties.class)
class FeederSchedule {

	private static final Logger log = LoggerFactory.getLogger(FeederSchedule.class);

	static final String LOCK = "batch-feeder";

	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(5);

	private final BatchFeeder feeder;

	private final BatchProperties properties;

	private final LockingTaskExecutor locks;

	FeederSchedule(BatchFeeder feeder, BatchProperties properties, LockProvider lockProvider) {
		this.feeder = feeder;
		this.properties = properties;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void scheduledRound() {
		if (!this.properties.jobsEnabled()) {
			return;
		}
		this.locks.executeWithLock((Runnable) this::loggedRound,
				new LockConfiguration(ClockProvider.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
	}

	private void loggedRound() {
		try {
			this.feeder.round();
		}
		catch (RuntimeException ex) {
			log.error("The batch feeder's round failed; it runs again in a second", ex);
		}
	}

}
