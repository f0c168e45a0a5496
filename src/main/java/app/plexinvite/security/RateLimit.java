package app.plexinvite.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code count} requests in any {@code window}, written {@code 5/minute}; several
 * are joined with {@code ;} as in {@code 5/minute;20/hour}.
 */
record RateLimit(int count, Duration window) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})\\s*/\\s*(second|minute|hour|day)");

	static final String EXPECTED = "must be limits such as 5/minute;20/hour (a count per second, minute, hour "
			+ "or day, joined by ;)";

	RateLimit {
		if (count < 1) {
			throw new IllegalArgumentException(EXPECTED + ", each count at least 1");
		}
	}

	/** Parses {@code 5/minute;20/hour}; anything else is an IllegalArgumentException. */
	static List<RateLimit> parseAll(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(EXPECTED);
		}
		List<RateLimit> limits = new ArrayList<>();
		for (String part : text.split(";")) {
			Matcher matcher = FORMAT.matcher(part.strip().toLowerCase(Locale.ROOT));
			if (!matcher.matches()) {
				throw new IllegalArgumentException(EXPECTED + " ('" + part.strip() + "' is not)");
			}
			limits.add(new RateLimit(Integer.parseInt(matcher.group(1)), unit(matcher.group(2))));
		}
		return List.copyOf(limits);
	}

	private static Duration unit(String name) {
		return switch (name) {
			case "second" -> Duration.ofSeconds(1);
			case "minute" -> Duration.ofMinutes(1);
			case "hour" -> Duration.ofHours(1);
			default -> Duration.ofDays(1);
		};
	}

}
