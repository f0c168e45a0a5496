package app.plexinvite.profiles;

import java.util.ArrayList;
import java.util.List;

/**
 * What one kind of media (movies, TV or music) a friend may see, in Plex's filter terms
 * (plex-protocol.md §5a: keys {@code contentRating}, {@code label},
 * {@code contentRating!}, {@code label!}; values joined by a literal {@code %2C}, pairs
 * by {@code |}; PPA {@code _filterDictToStr}).
 *
 * @param allowLabels only items with one of these labels
 * @param denyLabels no items with one of these labels
 * @param allowRatings only items with one of these content ratings
 * @param denyRatings no items with one of these content ratings
 */
public record ContentFilter(List<String> allowLabels, List<String> denyLabels, List<String> allowRatings,
		List<String> denyRatings) {

	public ContentFilter {
		allowLabels = clean(allowLabels);
		denyLabels = clean(denyLabels);
		allowRatings = clean(allowRatings);
		denyRatings = clean(denyRatings);
	}

	public static ContentFilter none() {
		return new ContentFilter(List.of(), List.of(), List.of(), List.of());
	}

	public boolean isEmpty() {
		return this.allowLabels.isEmpty() && this.denyLabels.isEmpty() && this.allowRatings.isEmpty()
				&& this.denyRatings.isEmpty();
	}

	/** The filter string Plex stores, e.g. {@code contentRating=G%2CPG|label!=adult}. */
	public String wire() {
		List<String> pairs = new ArrayList<>();
		add(pairs, "contentRating", this.allowRatings);
		add(pairs, "contentRating!", this.denyRatings);
		add(pairs, "label", this.allowLabels);
		add(pairs, "label!", this.denyLabels);
		return String.join("|", pairs);
	}

	/**
	 * The filter back from the string {@link #wire()} made (how profiles are stored); an
	 * empty string is no filter.
	 */
	static ContentFilter fromWire(String wire) {
		List<String> allowLabels = new ArrayList<>();
		List<String> denyLabels = new ArrayList<>();
		List<String> allowRatings = new ArrayList<>();
		List<String> denyRatings = new ArrayList<>();
		for (String pair : (wire == null || wire.isEmpty()) ? new String[0] : wire.split("\\|")) {
			int equals = pair.indexOf('=');
			List<String> values = List.of(pair.substring(equals + 1).split("%2C"));
			switch (pair.substring(0, equals)) {
				case "contentRating" -> allowRatings.addAll(values);
				case "contentRating!" -> denyRatings.addAll(values);
				case "label" -> allowLabels.addAll(values);
				case "label!" -> denyLabels.addAll(values);
				default -> throw new IllegalArgumentException("Not a filter this app writes: " + pair);
			}
		}
		return new ContentFilter(allowLabels, denyLabels, allowRatings, denyRatings);
	}

	private static void add(List<String> pairs, String key, List<String> values) {
		if (!values.isEmpty()) {
			pairs.add(key + "=" + String.join("%2C", values));
		}
	}

	/** Trimmed, without blanks, duplicates, or the separators Plex's syntax uses. */
	private static List<String> clean(List<String> values) {
		if (values == null) {
			return List.of();
		}
		List<String> cleaned = new ArrayList<>();
		for (String value : values) {
			if (value == null || value.isBlank()) {
				continue;
			}
			String stripped = value.strip();
			if (stripped.contains("|") || stripped.contains("=") || stripped.contains(",")
					|| stripped.contains("%2C")) {
				throw new IllegalArgumentException("A label or rating cannot contain | = or , : " + stripped);
			}
			if (!cleaned.contains(stripped)) {
				cleaned.add(stripped);
			}
		}
		return List.copyOf(cleaned);
	}

}
