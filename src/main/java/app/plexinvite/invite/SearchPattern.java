package app.plexinvite.invite;

import java.text.Normalizer;
import java.util.Locale;

/** A LIKE pattern that finds a text anywhere, its own wildcards escaped with '\'. */
final class SearchPattern {

	private SearchPattern() {
	}

	static String containing(String search) {
		if (search == null || search.isBlank()) {
			return "%";
		}
		String key = Normalizer.normalize(search.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
