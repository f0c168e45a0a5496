package app.plexinvite.batch;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of batch invitations ({@code batch.*}).
 *
 * @param concurrency BATCH_CONCURRENCY: how many of the batches' requests may be in the
 * invite pipeline, not settled, at once (1 to 50)
 * @param rate BATCH_RATE: how many rows are handed over at most per second, minute, hour
 * or day, e.g. 30/minute
 * @param jobsEnabled whether the feeder runs every second (tests drive it by hand)
 */
@Validated
@ConfigurationProperties("batch")
record BatchProperties(@Min(1) @Max(50) @DefaultValue("3") int concurrency, @DefaultValue("30/minute") String rate,
		@DefaultValue("true") boolean jobsEnabled) {

	private static final Pattern RATE = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(second|minute|hour|day)\\s*");

	BatchProperties {
		limit(rate);
	}

	/** The rate as a count per window. */
	Limit limit() {
		return limit(this.rate);
	}

	static Limit limit(String text) {
		Matcher matcher = RATE.matcher(String.valueOf(text).toLowerCase(Locale.ROOT));
		if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
			throw new IllegalArgumentException(
					"BATCH_RATE must be a number of rows per second, minute, hour or day, e.g. 30/minute (got '" + text
							+ "')");
		}
		Duration window = switch (matcher.group(2)) {
			case "second" -> Duration.ofSeconds(1);
			case "minute" -> Duration.ofMinutes(1);
			case "hour" -> Duration.ofHours(1);
			default -> Duration.ofDays(1);
		};
		return new Limit(Integer.parseInt(matcher.group(1)), window);
	}

	/**
	 * At most {@code count} rows handed over within any {@code window}.
	 *
	 * @param count rows
	 * @param window the sliding window
	 */
	record Limit(int count, Duration window) {

	}

}
