package app.plexinvite.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word is a message key, every key used exists, and every language has
 * every key, with the same arguments, really translated. Reads the files in
 * {@code src/main/resources}.
 */
class MessageKeysTests {

	private static final Path TEMPLATES = Bundles.RESOURCES.resolve("templates");

	/**
	 * Values a language may share with English: names and words that are the same in many
	 * languages.
	 */
	private static final Set<String> SAME_EVERYWHERE = Set.of("Plex", "Plex Invite", "plex.tv", "OK", "E-mail",
			"E-Mail", "Email", "API", "API keys", "Webhooks", "Webhook", "Discord", "ntfy", "Dashboard", "Audit log",
			"Status", "Name", "Label", "Links", "Version", "Tokens", "Token", "Details", "Info", "Total", "Start",
			"Service", "Server", "Online", "Offline");

	/** Share of a language's values that may equal English (names, short words). */
	private static final double MOST_UNTRANSLATED = 0.10;

	@Test
	void templatesHoldNoLiteralWords() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String source = Files.readString(template);
			List<String> words = template.toString().endsWith(".txt") ? TemplateText.inText(source)
					: TemplateText.inHtml(source);
			words.forEach((word) -> found.add(TEMPLATES.relativize(template) + ": " + word));
		}
		assertThat(found).as("literal words in templates (use #{...} keys)").isEmpty();
	}

	@Test
	void everyKeyTheTemplatesAndTheCodeUseExists() throws IOException {
		Map<String, String> web = Bundles.load(Bundles.file("messages", Locale.ENGLISH));
		Map<String, String> mail = Bundles.load(Bundles.file("mail/messages", Locale.ENGLISH));
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Map<String, String> bundle = TEMPLATES.relativize(template).startsWith("mail") ? mail : web;
			KeyUses.inTemplate(Files.readString(template))
				.stream()
				.filter((use) -> !use.foundIn(bundle.keySet()))
				.forEach((use) -> missing.add(TEMPLATES.relativize(template) + ": " + use));
		}
		Set<String> either = new java.util.HashSet<>(web.keySet());
		either.addAll(mail.keySet());
		for (Path source : KeyUses.javaSources()) {
			KeyUses.inJava(Files.readString(source), either)
				.stream()
				.filter((use) -> !use.foundIn(either))
				.forEach((use) -> missing.add(source.getFileName() + ": " + use));
		}
		assertThat(missing).as("keys used but not in messages.properties").isEmpty();
	}

	@Test
	void everyLanguageHasExactlyTheKeysOfEnglish() {
		List<String> problems = new ArrayList<>();
		for (String baseName : Bundles.BASE_NAMES) {
			Set<String> english = Bundles.load(Bundles.file(baseName, Locale.ENGLISH)).keySet();
			for (Locale language : Bundles.translations()) {
				Path file = Bundles.file(baseName, language);
				if (!Files.exists(file)) {
					problems.add(file + " is missing");
					continue;
				}
				Set<String> translated = Bundles.load(file).keySet();
				english.stream()
					.filter((key) -> !translated.contains(key))
					.forEach((key) -> problems.add(file + " lacks " + key));
				translated.stream()
					.filter((key) -> !english.contains(key))
					.forEach((key) -> problems.add(file + " has extra " + key));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void translationsTakeTheSameArgumentsAndFormat() {
		List<String> problems = new ArrayList<>();
		forEachTranslation((file, language, english, translated) -> english.forEach((key, source) -> {
			String value = translated.get(key);
			if (value == null) {
				return;
			}
			if (!Bundles.arguments(source).equals(Bundles.arguments(value))) {
				problems.add(file + " " + key + ": arguments " + Bundles.arguments(value) + ", English has "
						+ Bundles.arguments(source));
			}
			else if (!Bundles.arguments(source).isEmpty()) {
				formatProblem(source, value, language)
					.ifPresent((problem) -> problems.add(file + " " + key + ": " + problem));
			}
		}));
		assertThat(problems).isEmpty();
	}

	@Test
	void translationsAreMostlyNotEnglish() {
		List<String> problems = new ArrayList<>();
		forEachTranslation((file, language, english, translated) -> {
			List<String> same = english.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(translated.get(entry.getKey())))
				.filter((entry) -> !sameEverywhere(entry.getValue()))
				.map(Map.Entry::getKey)
				.toList();
			if (same.size() > MOST_UNTRANSLATED * english.size()) {
				problems.add(file + ": " + same.size() + " of " + english.size() + " values are the English ones, e.g. "
						+ same.subList(0, Math.min(5, same.size())));
			}
		});
		assertThat(problems).isEmpty();
	}

	/**
	 * Formats with numbers 0, 1 and 2 (choice branches) and fails on an error or on an
	 * ASCII apostrophe, which MessageFormat reads as a quote and would swallow text.
	 */
	private static java.util.Optional<String> formatProblem(String english, String value, Locale language) {
		if (value.replace("''", "").contains("'") && !english.replace("''", "").contains("'")) {
			return java.util.Optional.of("an ASCII apostrophe (use ’): " + value);
		}
		try {
			for (int n = 0; n <= 2; n++) {
				Object[] arguments = new Object[Bundles.arguments(value)
					.stream()
					.mapToInt(Integer::intValue)
					.max()
					.orElse(0) + 1];
				java.util.Arrays.fill(arguments, n);
				new MessageFormat(value, language).format(arguments);
			}
			return java.util.Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.of("does not format: " + ex.getMessage());
		}
	}

	private static boolean sameEverywhere(String value) {
		return SAME_EVERYWHERE.contains(value.strip()) || !Pattern.compile("\\p{L}{2}").matcher(value).find()
				|| value.matches("[A-Z_]+|https?://\\S+|\\S+@\\S+");
	}

	private interface Translation {

		void check(Path file, Locale language, Map<String, String> english, Map<String, String> translated);

	}

	/**
	 * Each existing translation with its English (a missing file is the key test's to
	 * report).
	 */
	private static void forEachTranslation(Translation check) {
		for (String baseName : Bundles.BASE_NAMES) {
			Map<String, String> english = Bundles.load(Bundles.file(baseName, Locale.ENGLISH));
			for (Locale language : Bundles.translations()) {
				Path file = Bundles.file(baseName, language);
				assertThat(file).as("translation").exists();
				check.check(file, language, english, Bundles.load(file));
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html") || file.toString().endsWith(".txt"))
				.sorted()
				.toList();
		}
	}

}
