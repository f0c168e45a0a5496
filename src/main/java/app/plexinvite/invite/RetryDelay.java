package app.plexinvite.invite;

import java.time.Duration;

/**
 * How long the pipeline waits before trying a request again: 30 s after the first
 * attempt, doubling, never more than an hour.
 */
final class RetryDelay {

	static final Duration FIRST = Duration.ofSeconds(30);

	static final Duration LONGEST = Duration.ofHours(1);

	private RetryDelay() {
	}

	/** The wait after the given number of attempts (1 = the first one failed). */
	static Duration after(int attempts) {
		int doublings = Math.max(0, Math.min(attempts - 1, 20));
		Duration delay = FIRST.multipliedBy(1L << doublings);
		return (delay.compareTo(LONGEST) > 0) ? LONGEST : delay;
	}

}
