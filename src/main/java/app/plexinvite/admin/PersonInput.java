package app.plexinvite.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import app.plexinvite.i18n.Formats;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What the owner typed on a person's forms, read leniently: anything that is not a number
 * or a date becomes null, so the page can say so instead of failing.
 */
final class PersonInput {

	/** The longest extension: ten years. */
	static final int MAX_DAYS = 3650;

	private PersonInput() {
	}

	static Long number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Access ends as the chosen day begins (UTC), or null when it is not a date. */
	static Instant dayStart(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(date.strip());
			// A date input sends four-digit years; larger ones would overflow epoch
			// milliseconds further on.
			return (day.getYear() > 9999) ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Days to extend by, 1 to {@value #MAX_DAYS}, or null. */
	static Integer days(String text) {
		Long parsed = number(text);
		return (parsed == null || parsed < 1 || parsed > MAX_DAYS) ? null : parsed.intValue();
	}

	/**
	 * An instant as the owner's pages show it (UTC, to the minute, in the page's
	 * language).
	 */
	static String utc(Instant instant) {
		return Formats.dateTime(instant, LocaleContextHolder.getLocale());
	}

}
