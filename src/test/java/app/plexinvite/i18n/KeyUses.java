package app.plexinvite.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The message keys templates and code use: {@code #{key}} and {@code #{'prefix.' + ...}}
 * in templates (and {@code #messages.msg('key', ...)}), and key-shaped text in the Java
 * code ("admin.links.created", or a prefix a name is appended to).
 */
final class KeyUses {

	/** A key, or the start of keys when the rest is computed. */
	record Use(String key, boolean prefix) {

		boolean foundIn(Set<String> keys) {
			return keys.contains(this.key) || (this.prefix && keys.stream().anyMatch((k) -> k.startsWith(this.key)));
		}

		@Override
		public String toString() {
			return this.prefix ? this.key + "…" : this.key;
		}

	}

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[(}]");

	private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{\\s*'([\\w.-]+)'\\s*\\+");

	private static final Pattern MSG_KEY = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([\\w.-]+)'\\s*([,)+])");

	private static final Pattern JAVA_TEXT = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+\\.?)\"");

	/**
	 * Code whose dotted names are not message keys: settings and switches (property
	 * names), JavaMail properties, webhook event types, file names; and the simulator.
	 */
	private static final Set<String> NOT_KEYS = Set.of("Setting.java", "SmtpSender.java", "EventType.java",
			"DataLocation.java");

	private KeyUses() {
	}

	static List<Use> inTemplate(String source) {
		List<Use> uses = new ArrayList<>();
		collect(TEMPLATE_KEY.matcher(source), false, uses);
		collect(TEMPLATE_PREFIX.matcher(source), true, uses);
		Matcher msg = MSG_KEY.matcher(source);
		while (msg.find()) {
			uses.add(new Use(msg.group(1), msg.group(2).equals("+")));
		}
		return uses;
	}

	/**
	 * Key-shaped text in Java whose first part starts some key (so "plex.tv" in a
	 * sentence or a property name of another family is not taken for one).
	 */
	static List<Use> inJava(String source, Set<String> keys) {
		Set<String> families = keys.stream()
			.map((key) -> key.substring(0, key.indexOf('.') + 1))
			.collect(Collectors.toSet());
		List<Use> uses = new ArrayList<>();
		Matcher text = JAVA_TEXT.matcher(source);
		while (text.find()) {
			String key = text.group(1);
			boolean family = families.contains(key.substring(0, key.indexOf('.') + 1));
			if (family && !key.equals("plex.tv") && !key.endsWith("-enabled")) {
				uses.add(new Use(key, true));
			}
		}
		return uses;
	}

	static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.toString().contains("/plexsim/"))
				.filter((file) -> !NOT_KEYS.contains(file.getFileName().toString()))
				.sorted()
				.toList();
		}
	}

	private static void collect(Matcher matcher, boolean prefix, List<Use> uses) {
		while (matcher.find()) {
			uses.add(new Use(matcher.group(1), prefix));
		}
	}

}
