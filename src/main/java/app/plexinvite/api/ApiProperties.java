package app.plexinvite.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The API's settings: API_RATE_LIMIT, calls one key may make, like {@code 120/minute} or
 * {@code 120/minute;2000/hour}.
 *
 * @param rateLimit the limits per key, or null for {@value #DEFAULT_RATE_LIMIT}
 */
@Validated
@ConfigurationProperties("api")
record ApiProperties(@Nullable @Pattern(regexp = FORMAT,
		message = "must be limits such as 120/minute or 120/minute;2000/hour (a count per second, minute, hour or day, joined by ;)") String rateLimit) {

	static final String DEFAULT_RATE_LIMIT = "120/minute";

	private static final String ONE = "\\s*[1-9]\\d{0,5}\\s*/\\s*(second|minute|hour|day)\\s*";

	static final String FORMAT = "(?i)" + ONE + "(;" + ONE + ")*";

	/** Each limit as its count and window. */
	List<Limit> limits() {
		String text = (this.rateLimit != null && !this.rateLimit.isBlank()) ? this.rateLimit : DEFAULT_RATE_LIMIT;
		List<Limit> limits = new ArrayList<>();
		for (String part : text.split(";")) {
			String[] pieces = part.strip().toLowerCase(Locale.ROOT).split("\\s*/\\s*");
			Duration window = switch (pieces[1]) {
				case "second" -> Duration.ofSeconds(1);
				case "minute" -> Duration.ofMinutes(1);
				case "hour" -> Duration.ofHours(1);
				default -> Duration.ofDays(1);
			};
			limits.add(new Limit(Integer.parseInt(pieces[0]), window));
		}
		return List.copyOf(limits);
	}

	/**
	 * At most {@code count} calls per {@code window}, refilled gradually.
	 *
	 * @param count calls
	 * @param window the time they are spread over
	 */
	record Limit(int count, Duration window) {
	}

}
