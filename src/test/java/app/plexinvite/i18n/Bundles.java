package app.plexinvite.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message bundles as files in {@code src/main/resources}: the web bundle
 * ({@code messages*.properties}) and the e-mail bundle
 * ({@code mail/messages*.properties}), English and each supported language.
 */
final class Bundles {

	static final Path RESOURCES = Path.of("src/main/resources");

	/** The two bundles, by their base name under {@link #RESOURCES}. */
	static final List<String> BASE_NAMES = List.of("messages", "mail/messages");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	private Bundles() {
	}

	/** Every language but English: the translations that must exist. */
	static List<Locale> translations() {
		return Languages.SUPPORTED.stream().filter((language) -> !language.equals(Languages.FALLBACK)).toList();
	}

	static Path file(String baseName, Locale language) {
		String suffix = language.equals(Languages.FALLBACK) ? "" : "_" + language.toString();
		return RESOURCES.resolve(baseName + suffix + ".properties");
	}

	/** Keys and values in the file's order; a missing file is an error worth reading. */
	static Map<String, String> load(Path file) {
		try {
			Properties properties = new Properties();
			properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
			Map<String, String> ordered = new LinkedHashMap<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String key = keyOf(line);
				if (key != null && properties.containsKey(key)) {
					ordered.put(key, properties.getProperty(key));
				}
			}
			properties.stringPropertyNames().forEach((key) -> ordered.putIfAbsent(key, properties.getProperty(key)));
			return ordered;
		}
		catch (IOException ex) {
			throw new AssertionError("cannot read " + file + ": " + ex, ex);
		}
	}

	/**
	 * The MessageFormat argument numbers a value uses: "{0} of {1,number}" gives 0, 1.
	 */
	static Set<Integer> arguments(String value) {
		Set<Integer> found = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(value);
		while (matcher.find()) {
			found.add(Integer.valueOf(matcher.group(1)));
		}
		return found;
	}

	private static String keyOf(String line) {
		String trimmed = line.strip();
		if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || line.startsWith(" ")) {
			return null;
		}
		int end = 0;
		while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
			end++;
		}
		return trimmed.substring(0, end);
	}

}
