package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sharing settings as plex.tv stores them. Clients send booleans, "0"/"1" strings or 0/1
 * ints (plex-protocol.md §5b, §12.3): all are accepted and kept as "0"/"1"; filters stay
 * text.
 */
final class SharingSettings {

	static final Map<String, String> DEFAULTS = defaults();

	private SharingSettings() {
	}

	/**
	 * Merges the given values over a base.
	 * @throws IllegalArgumentException for a flag that is neither boolean nor 0/1
	 */
	static Map<String, String> merge(Map<String, String> base, Map<String, ?> given) {
		Map<String, String> merged = new LinkedHashMap<>(base);
		if (given == null) {
			return merged;
		}
		given.forEach((key, value) -> {
			if (key.startsWith("allow")) {
				merged.put(key, key.equals("allowTuners") ? number(key, value) : flag(key, value));
			}
			else if (key.startsWith("filter")) {
				merged.put(key, (value != null) ? value.toString() : "");
			}
		});
		return merged;
	}

	/** The v2 JSON form: flags as booleans, allowTuners as int, filters as text. */
	static Map<String, Object> json(Map<String, String> settings) {
		Map<String, Object> json = new LinkedHashMap<>();
		settings.forEach((key, value) -> {
			if (key.equals("allowTuners")) {
				json.put(key, Integer.parseInt(value));
			}
			else {
				json.put(key, key.startsWith("allow") ? "1".equals(value) : value);
			}
		});
		return json;
	}

	private static String flag(String key, Object value) {
		String text = String.valueOf(value).toLowerCase(Locale.ROOT);
		return switch (text) {
			case "true", "1" -> "1";
			case "false", "0" -> "0";
			default -> throw new IllegalArgumentException(key + " must be a boolean, was " + value);
		};
	}

	private static String number(String key, Object value) {
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		try {
			return String.valueOf(Integer.parseInt(String.valueOf(value)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(key + " must be a number, was " + value);
		}
	}

	private static Map<String, String> defaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		for (String flag : new String[] { "allowSync", "allowCameraUpload", "allowChannels", "allowSubtitleAdmin",
				"allowTuners" }) {
			defaults.put(flag, "0");
		}
		for (String filter : new String[] { "filterAll", "filterMovies", "filterMusic", "filterPhotos",
				"filterTelevision" }) {
			defaults.put(filter, "");
		}
		return java.util.Collections.unmodifiableMap(defaults);
	}

}
