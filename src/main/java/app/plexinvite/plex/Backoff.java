package app.plexinvite.plex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How long to wait before the next attempt: 1 s, 2 s, 4 s … capped at 30 s, or what
 * {@code Retry-After} asks (seconds or an HTTP date), itself capped at five minutes so a
 * request thread is never parked for longer. plex-protocol.md §11 recommends exactly this
 * (exponential from 1 s, 30 s cap, honour Retry-After) and quotes the same numbers from
 * the Speakeasy retry settings of SPEC-LP.
 */
final class Backoff {

	static final Duration FIRST = Duration.ofSeconds(1);

	static final Duration CAP = Duration.ofSeconds(30);

	static final Duration RETRY_AFTER_CAP = Duration.ofMinutes(5);

	private final Clock clock;

	Backoff(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The wait before retry number {@code retry} (0 for the first retry).
	 * @param retry how many retries came before this one
	 * @param retryAfter the Retry-After header, or null
	 * @return the wait
	 */
	Duration delay(int retry, String retryAfter) {
		Duration asked = parseRetryAfter(retryAfter);
		if (asked != null) {
			return (asked.compareTo(RETRY_AFTER_CAP) > 0) ? RETRY_AFTER_CAP : asked;
		}
		if (retry >= 5) {
			return CAP;
		}
		Duration exponential = FIRST.multipliedBy(1L << retry);
		return (exponential.compareTo(CAP) > 0) ? CAP : exponential;
	}

	private Duration parseRetryAfter(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.chars().allMatch(Character::isDigit)) {
			return (text.length() > 6) ? RETRY_AFTER_CAP : Duration.ofSeconds(Long.parseLong(text));
		}
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration until = Duration.between(this.clock.instant(), at);
			return until.isNegative() ? Duration.ZERO : until;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
