package app.plexinvite.links;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Polls the invitees' waiting Plex PINs every second (plex-protocol.md §10c), on every
 * instance ({@link ClusterJobs#everywhere}): each polls the sign-ins it started, which
 * live in its memory. Off with {@code links.sign-in-poller-enabled=false} (tests call
 * {@link PlexSignIns#poll()}).
 */
@Component
@ConditionalOnBooleanProperty(name = "links.sign-in-poller-enabled", matchIfMissing = true)
class SignInPolling {

	private final PlexSignIns signIns;

	private final ClusterJobs jobs;

	SignInPolling(PlexSignIns signIns, ClusterJobs jobs) {
		this.signIns = signIns;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void poll() {
		this.jobs.everywhere("sign-in-polling", this.signIns::poll);
	}

}
