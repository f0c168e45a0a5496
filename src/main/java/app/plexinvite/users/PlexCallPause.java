package app.plexinvite.users;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The pause between two plex.tv calls of a job or bulk action (people.plex-call-gap), so
 * a long round never bursts at plex.tv (plex-protocol.md §11: limits are undocumented,
 * 429 code 1003 is what a burst earns). Tests hand in a recorder instead of sleeping.
 */
@Component
class PlexCallPause {

	/** How a pause is spent. */
	@FunctionalInterface
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	private final Duration gap;

	private final Sleeper sleeper;

	@Autowired
	PlexCallPause(PeopleProperties properties) {
		this(properties.plexCallGap(), Thread::sleep);
	}

	PlexCallPause(Duration gap, Sleeper sleeper) {
		this.gap = gap;
		this.sleeper = sleeper;
	}

	/** Waits the gap; false when the thread was interrupted (the round should stop). */
	boolean pause() {
		if (this.gap.isZero() || this.gap.isNegative()) {
			return true;
		}
		try {
			this.sleeper.sleep(this.gap);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
