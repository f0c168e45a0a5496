package app.plexinvite.batch;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Runs the feeder every second after the previous round ended, once per cluster
 * ({@link ClusterJobs#once}, ShedLock row "batch-feeder"). Off with
 * {@code batch.jobs-enabled=false} (tests call {@link BatchFeeder#round()}); that and
 * whether a round has anything to do are checked before the lock is taken. All state is
 * in the database (a row's claim and its request are one transaction), so a restart or a
 * shutdown simply carries on elsewhere.
 */
@Component
@EnableConfigurationProperties(BatchProperties.class)
class FeederSchedule {

	static final String LOCK = "batch-feeder";

	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(5);

	private final BatchFeeder feeder;

	private final BatchProperties properties;

	private final ClusterJobs jobs;

	FeederSchedule(BatchFeeder feeder, BatchProperties properties, ClusterJobs jobs) {
		this.feeder = feeder;
		this.properties = properties;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void scheduledRound() {
		if (this.properties.jobsEnabled() && this.feeder.roundDue()) {
			this.jobs.once(LOCK, LOCK_AT_MOST, this.feeder::round);
		}
	}

}
