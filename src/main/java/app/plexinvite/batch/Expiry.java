package app.plexinvite.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's end of access: an ISO date ({@code 2027-03-01}: access ends at the start of
 * that UTC day) or a duration counted from when the row is handed to the invite pipeline
 * ({@code 30d}, {@code 12w}, {@code 6m}, {@code 1y}). At most ten years ahead.
 *
 * @param date the day access ends, or null
 * @param period how long access lasts, or null
 */
record Expiry(LocalDate date, Period period) {

	private static final Pattern DURATION = Pattern.compile("(\\d{1,4})\\s*([dwmy])");

	private static final Period LONGEST = Period.ofYears(10);

	/** The expiry in {@code text}, or {@link Invalid} when it is neither form. */
	static Expiry parse(String text, Instant now) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		Matcher duration = DURATION.matcher(value);
		if (duration.matches()) {
			int amount = Integer.parseInt(duration.group(1));
			Period period = switch (duration.group(2)) {
				case "d" -> Period.ofDays(amount);
				case "w" -> Period.ofWeeks(amount);
				case "m" -> Period.ofMonths(amount);
				default -> Period.ofYears(amount);
			};
			Instant end = now.atZone(ZoneOffset.UTC).plus(period).toInstant();
			if (amount == 0 || end.isAfter(now.atZone(ZoneOffset.UTC).plus(LONGEST).toInstant())) {
				throw new Invalid();
			}
			return new Expiry(null, period);
		}
		try {
			LocalDate date = LocalDate.parse(value);
			Instant end = date.atStartOfDay(ZoneOffset.UTC).toInstant();
			if (!end.isAfter(now) || end.isAfter(now.atZone(ZoneOffset.UTC).plus(LONGEST).toInstant())) {
				throw new Invalid();
			}
			return new Expiry(date, null);
		}
		catch (DateTimeParseException ex) {
			throw new Invalid();
		}
	}

	/** When access ends for a row handed over at {@code handedAt}. */
	Instant endsAt(Instant handedAt) {
		return (this.date != null) ? this.date.atStartOfDay(ZoneOffset.UTC).toInstant()
				: handedAt.atZone(ZoneOffset.UTC).plus(this.period).toInstant();
	}

	/** Not an expiry this file format knows, in the past, or too far ahead. */
	static final class Invalid extends IllegalArgumentException {

		Invalid() {
			super("Not an ISO date in the future nor a duration such as 30d, 12w, 6m or 1y");
		}

	}

}
