package app.plexinvite.users;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Looks every people.sync-check (a minute) whether people.sync-interval passed since the
 * last sync started, and syncs then. Counting from the stored last start (not from this
 * process's start) keeps the rhythm across restarts and after an on-demand sync, and an
 * interval of 0 simply never comes due. Once per cluster ({@link ClusterJobs#once}, lock
 * "people-sync", which the on-demand sync takes as well). Off with
 * {@code people.jobs-enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "people.jobs-enabled", matchIfMissing = true)
class PeopleSyncSchedule {

	/** The job, and the ShedLock every sync holds, scheduled or on demand. */
	static final String LOCK = "people-sync";

	static final Duration LOCK_AT_MOST = Duration.ofMinutes(15);

	private final PeopleSync sync;

	private final ClusterJobs jobs;

	PeopleSyncSchedule(PeopleSync sync, ClusterJobs jobs) {
		this.sync = sync;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${people.sync-check:1m}", initialDelayString = "${people.sync-check:1m}")
	void syncIfDue() {
		this.jobs.once(LOCK, LOCK_AT_MOST, this.sync::syncIfDue);
	}

}
