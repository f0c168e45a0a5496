package app.plexinvite.links;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the invitees' waiting Plex PINs every second (plex-protocol.md §10c). Off with
 * {@code links.sign-in-poller-enabled=false} (tests call {@link PlexSignIns#poll()}).
 */
@Component
@ConditionalOnBooleanProperty(name = "links.sign-in-poller-enabled", matchIfMissing = true)
class SignInPolling {

	private static final Logger log = LoggerFactory.getLogger(SignInPolling.class);

	private final PlexSignIns signIns;

	SignInPolling(PlexSignIns signIns) {
		this.signIns = signIns;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void poll() {
		try {
			this.signIns.poll();
		}
		catch (RuntimeException ex) {
			log.error("Polling the Plex sign-ins failed; again in a second", ex);
		}
	}

}
