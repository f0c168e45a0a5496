package app.plexinvite.users;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every minute whether people.sync-interval passed since the last sync started, and
 * syncs then. Counting from the stored last start (not from this process's start) keeps
 * the rhythm across restarts and after an on-demand sync, and an interval of 0 simply
 * never comes due. ShedLock keeps two instances on one database from syncing at once. Off
 * with {@code people.jobs-enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "people.jobs-enabled", matchIfMissing = true)
class PeopleSyncSchedule {

	private static final Logger log = LoggerFactory.getLogger(PeopleSyncSchedule.class);

	/** The ShedLock every sync holds, scheduled or on demand. */
	static final String LOCK = "people-sync";

	static final Duration LOCK_AT_MOST = Duration.ofMinutes(15);

	private final PeopleSync sync;

	PeopleSyncSchedule(PeopleSync sync) {
		this.sync = sync;
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT15M")
	void syncIfDue() {
		try {
			this.sync.syncIfDue();
		}
		catch (RuntimeException ex) {
			log.error("The scheduled people sync failed; it is tried again at its next turn", ex);
		}
	}

}
