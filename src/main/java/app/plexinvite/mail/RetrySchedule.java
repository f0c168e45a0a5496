package app.plexinvite.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * When a message that could not be sent is tried again: after 1, 5, 15 and 60 minutes,
 * then every hour, for about a day ({@value #MAX_ATTEMPTS} tries); then it has failed.
 */
final class RetrySchedule {

	static final int MAX_ATTEMPTS = 27;

	private static final List<Duration> FIRST = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(15), Duration.ofMinutes(60));

	private static final Duration THEN = Duration.ofHours(1);

	private RetrySchedule() {
	}

	/**
	 * @param failedAttempts tries made so far, this failed one included
	 * @param now when it failed
	 * @return when to try again, or null to give up
	 */
	static @Nullable Instant next(int failedAttempts, Instant now) {
		if (failedAttempts >= MAX_ATTEMPTS) {
			return null;
		}
		return now.plus((failedAttempts <= FIRST.size()) ? FIRST.get(failedAttempts - 1) : THEN);
	}

}
