package app.plexinvite.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file the way python-dotenv (which the seed Flask app used) does,
 * so an existing file works unchanged: {@code export} prefixes, comments, single quotes
 * taken literally, double quotes with escapes and several lines, unquoted values ending
 * at {@code " #"}, and {@code ${VAR}} / {@code ${VAR:-default}} expansion outside single
 * quotes, the process environment winning over the file as with {@code load_dotenv()}.
 */
final class DotEnvFile {

	private static final Pattern KEY = Pattern.compile("\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

	private DotEnvFile() {
	}

	static Map<String, String> read(Path file, Function<String, String> environment) throws IOException {
		if (!Files.isRegularFile(file)) {
			return Map.of();
		}
		return parse(Files.readString(file, StandardCharsets.UTF_8), environment);
	}

	static Map<String, String> parse(String text, Function<String, String> environment) {
		Map<String, String> values = new LinkedHashMap<>();
		String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int position = 0;
		while (position < rest.length()) {
			int lineEnd = lineEnd(rest, position);
			Matcher key = KEY.matcher(rest).region(position, lineEnd);
			if (!key.lookingAt()) {
				position = next(rest, lineEnd);
				continue;
			}
			int valueStart = key.end();
			char first = (valueStart < rest.length()) ? rest.charAt(valueStart) : '\n';
			Function<String, String> lookup = (name) -> {
				String fromEnvironment = environment.apply(name);
				return (fromEnvironment != null) ? fromEnvironment : values.get(name);
			};
			if (first == '\'' || first == '"') {
				int close = closingQuote(rest, valueStart + 1, first);
				if (close < 0) {
					position = next(rest, lineEnd);
					continue;
				}
				String raw = rest.substring(valueStart + 1, close);
				String value = (first == '\'') ? raw.replace("\\'", "'").replace("\\\\", "\\")
						: expand(unescape(raw), lookup);
				values.put(key.group(1), value);
				position = next(rest, lineEnd(rest, close));
			}
			else {
				String raw = rest.substring(valueStart, lineEnd);
				int comment = raw.indexOf(" #");
				String value = ((comment >= 0) ? raw.substring(0, comment) : raw).strip();
				values.put(key.group(1), expand(value, lookup));
				position = next(rest, lineEnd);
			}
		}
		return values;
	}

	private static int lineEnd(String text, int from) {
		int newline = text.indexOf('\n', from);
		int end = (newline < 0) ? text.length() : newline;
		return (end > from && text.charAt(end - 1) == '\r') ? end - 1 : end;
	}

	private static int next(String text, int lineEnd) {
		int newline = text.indexOf('\n', lineEnd);
		return (newline < 0) ? text.length() : newline + 1;
	}

	private static int closingQuote(String text, int from, char quote) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == quote) {
				return i;
			}
		}
		return -1;
	}

	private static String unescape(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != '\\' || i + 1 == raw.length()) {
				out.append(c);
				continue;
			}
			char escaped = raw.charAt(++i);
			switch (escaped) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case '"', '\\', '\'' -> out.append(escaped);
				default -> out.append('\\').append(escaped);
			}
		}
		return out.toString();
	}

	private static String expand(String value, Function<String, String> lookup) {
		Matcher matcher = VARIABLE.matcher(value);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String found = lookup.apply(matcher.group(1));
			String replacement = (found != null) ? found : (matcher.group(2) != null) ? matcher.group(2) : "";
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
