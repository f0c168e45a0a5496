package app.plexinvite.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers as the reader's language writes them, for templates
 * ({@code ${@formats.dateTime(at)}}) and e-mails (the methods taking a locale). Times are
 * in UTC, like every form takes them and every column heading says. Null becomes the
 * empty text.
 */
@Component("formats")
public class Formats {

	/** The zone of every time shown; the pages' labels and date inputs say UTC. */
	public static final ZoneId ZONE = ZoneOffset.UTC;

	/** Date and time to the minute: "Apr 2, 2026, 8:00 AM", "02.04.2026, 08:00". */
	public String dateTime(@Nullable Instant instant) {
		return dateTime(instant, locale());
	}

	/** Date and time to the second, for logs: "Apr 2, 2026, 8:00:05 AM". */
	public String dateTimeSeconds(@Nullable Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM), locale());
	}

	/** The day alone: "Apr 2, 2026", "02.04.2026". */
	public String date(@Nullable Instant instant) {
		return date(instant, locale());
	}

	public String date(@Nullable LocalDate day) {
		return (day != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day)
				: "";
	}

	/** The time of day alone: "8:00 AM", "08:00". */
	public String time(@Nullable Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), locale());
	}

	/** A number with the language's grouping: "1,234", "1.234", "1 234". */
	public String number(@Nullable Number number) {
		return number(number, locale());
	}

	public static String dateTime(@Nullable Instant instant, Locale locale) {
		return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), locale);
	}

	public static String date(@Nullable Instant instant, Locale locale) {
		return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), locale);
	}

	/** The day in words, for e-mails: "May 4, 2026", "4. Mai 2026". */
	public static String longDate(@Nullable Instant instant, Locale locale) {
		return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), locale);
	}

	public static String time(@Nullable Instant instant, Locale locale) {
		return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), locale);
	}

	public static String number(@Nullable Number number, Locale locale) {
		if (number == null) {
			return "";
		}
		boolean whole = number instanceof Long || number instanceof Integer || number instanceof Short;
		return (whole ? NumberFormat.getIntegerInstance(locale) : NumberFormat.getNumberInstance(locale))
			.format(number);
	}

	private static String format(@Nullable Instant instant, DateTimeFormatter formatter, Locale locale) {
		return (instant != null) ? formatter.withLocale(locale).withZone(ZONE).format(instant) : "";
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
