package app.plexinvite.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The UTC days a statistics page covers, both included.
 *
 * @param from the first day
 * @param to the last day
 */
record StatsRange(LocalDate from, LocalDate to) {

	/** Thirty days, today included, when nothing is asked for. */
	static final int DEFAULT_DAYS = 30;

	/** Three years of days (leap day included) at most. */
	static final int MAX_DAYS = 3 * 365 + 1;

	/**
	 * The range the owner asked for: both given, one (the other from the default length)
	 * or none (the last {@value #DEFAULT_DAYS} days); refused when a date does not parse,
	 * the end is before the start, or it spans more than three years.
	 */
	static StatsRange parse(String from, String to, LocalDate today) {
		LocalDate last = blank(to) ? null : date(to);
		LocalDate first = blank(from) ? null : date(from);
		if (last == null) {
			last = (first == null) ? today : first.plusDays(DEFAULT_DAYS - 1);
		}
		if (first == null) {
			first = last.minusDays(DEFAULT_DAYS - 1);
		}
		if (last.isBefore(first)) {
			throw new RangeRefused("stats.range.order");
		}
		if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
			throw new RangeRefused("stats.range.tooLong");
		}
		return new StatsRange(first, last);
	}

	/** The last {@code days} days, today included. */
	static StatsRange last(int days, LocalDate today) {
		return new StatsRange(today.minusDays(days - 1), today);
	}

	/** The start of the first day. */
	Instant start() {
		return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The start of the day after the last (exclusive end). */
	Instant end() {
		return this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** Days the charts can hold (and instants can count): years 1970 to 9999. */
	private static final LocalDate FIRST = LocalDate.of(1970, 1, 1);

	private static final LocalDate LAST = LocalDate.of(9999, 12, 30);

	private static LocalDate date(String text) {
		try {
			LocalDate day = LocalDate.parse(text.strip());
			if (day.isBefore(FIRST) || day.isAfter(LAST)) {
				throw new RangeRefused("stats.range.invalidDate");
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw new RangeRefused("stats.range.invalidDate");
		}
	}

	/** A range the page cannot show; the message key says why. */
	static final class RangeRefused extends RuntimeException {

		private final String messageKey;

		RangeRefused(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
