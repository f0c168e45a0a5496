package app.plexinvite.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import app.plexinvite.i18n.Languages;

import org.springframework.boot.convert.DurationStyle;

/**
 * What a setting's value must look like; {@link #problem} says what is wrong in words the
 * owner can act on.
 */
enum SettingKind {

	TEXT {
		@Override
		Optional<String> problem(String value) {
			return Optional.empty();
		}
	},
	URL {
		@Override
		Optional<String> problem(String value) {
			try {
				URI uri = new URI(value);
				String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
				if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
					return Optional.of("must be an http:// or https:// address with a host name");
				}
				return Optional.empty();
			}
			catch (java.net.URISyntaxException ex) {
				return Optional.of("is not a valid address");
			}
		}
	},
	PORT {
		@Override
		Optional<String> problem(String value) {
			return integerBetween(value, 1, 65535);
		}
	},
	PORT_OR_ZERO {
		@Override
		Optional<String> problem(String value) {
			return integerBetween(value, 0, 65535);
		}
	},
	BOOLEAN {
		@Override
		Optional<String> problem(String value) {
			return (parseBoolean(value) != null) ? Optional.empty()
					: Optional.of("must be true or false (1/0, yes/no, on/off)");
		}
	},
	DURATION {
		@Override
		Optional<String> problem(String value) {
			try {
				Duration duration = DurationStyle.detectAndParse(value);
				return duration.isNegative() ? Optional.of("must not be negative") : Optional.empty();
			}
			catch (IllegalArgumentException ex) {
				return Optional.of("must be a duration such as 300ms, 2s or 1m");
			}
		}
	},
	FRACTION {
		@Override
		Optional<String> problem(String value) {
			try {
				double fraction = Double.parseDouble(value);
				return (fraction >= 0 && fraction <= 1) ? Optional.empty()
						: Optional.of("must be a number from 0 to 1");
			}
			catch (NumberFormatException ex) {
				return Optional.of("must be a number from 0 to 1");
			}
		}
	},
	/** A small number of things at once, such as BATCH_CONCURRENCY. */
	CONCURRENCY {
		@Override
		Optional<String> problem(String value) {
			return integerBetween(value.strip(), 1, 50);
		}
	},
	/** One count per window, such as BATCH_RATE's 30/minute. */
	RATE {
		@Override
		Optional<String> problem(String value) {
			return value.strip().toLowerCase(Locale.ROOT).matches("[1-9]\\d{0,5}\\s*/\\s*(second|minute|hour|day)")
					? Optional.empty()
					: Optional.of("must be a number of rows per second, minute, hour or day, e.g. 30/minute");
		}
	},
	LANGUAGE {
		@Override
		Optional<String> problem(String value) {
			return Languages.exact(value).isPresent() ? Optional.empty()
					: Optional.of("must be one of " + Languages.tags());
		}
	},
	/** A path to serve under, such as BASE_PATH's /invite. */
	PATH {
		@Override
		Optional<String> problem(String value) {
			if (!value.startsWith("/")) {
				return Optional.of("must start with /, e.g. /invite");
			}
			if (value.endsWith("/")) {
				return Optional.of("must not end with / (leave it empty to serve at the root)");
			}
			return value.matches("(/(?!\\.{1,2}(?:/|$))[A-Za-z0-9._~-]+)+") ? Optional.empty()
					: Optional.of("may only hold letters, digits and - . _ ~ between single slashes, e.g. /invite");
		}
	},
	LOG_FORMAT {
		@Override
		Optional<String> problem(String value) {
			String format = value.toLowerCase(Locale.ROOT);
			return format.equals("plain") || format.equals("json") ? Optional.empty()
					: Optional.of("must be plain or json");
		}
	},
	JDBC_URL {
		@Override
		Optional<String> problem(String value) {
			return (value.startsWith("jdbc:postgresql:") || value.startsWith("jdbc:sqlite:")) ? Optional.empty()
					: Optional.of("must be a jdbc:postgresql:// or jdbc:sqlite: URL");
		}
	};

	abstract Optional<String> problem(String value);

	/**
	 * Flask's and Spring's spellings of true and false; null when the value is neither.
	 */
	static Boolean parseBoolean(String value) {
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "1", "true", "yes", "on" -> Boolean.TRUE;
			case "0", "false", "no", "off" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static Optional<String> integerBetween(String value, int min, int max) {
		try {
			int number = Integer.parseInt(value);
			return (number >= min && number <= max) ? Optional.empty()
					: Optional.of("must be a whole number from " + min + " to " + max);
		}
		catch (NumberFormatException ex) {
			return Optional.of("must be a whole number from " + min + " to " + max);
		}
	}

}
