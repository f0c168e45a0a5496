package app.plexinvite.links;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Polls the invitees' waiting Plex PINs every second (plex-protocol.md §10c), once per
 * cluster ({@link ClusterJobs#once}): the attempts are in the database, so whichever
 * instance holds the lock polls them all. The lock is held at most {@link #LOCK_AT_MOST}
 * (one PIN call's connect and read timeouts): an instance that dies holding it pauses
 * polling only that long, and a round that overruns it is harmless, since only one
 * instance can move an attempt to JOINING. Off with
 * {@code links.sign-in-poller-enabled=false} (tests call {@link PlexSignIns#poll()}).
 */
@Component
@ConditionalOnBooleanProperty(name = "links.sign-in-poller-enabled", matchIfMissing = true)
class SignInPolling {

	static final Duration LOCK_AT_MOST = Duration.ofSeconds(20);

	private final PlexSignIns signIns;

	private final ClusterJobs jobs;

	SignInPolling(PlexSignIns signIns, ClusterJobs jobs) {
		this.signIns = signIns;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void poll() {
		if (this.signIns.roundDue()) {
			this.jobs.once("sign-in-polling", LOCK_AT_MOST, this.signIns::poll);
		}
	}

}
