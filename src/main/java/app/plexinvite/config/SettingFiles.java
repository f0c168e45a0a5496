package app.plexinvite.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The variables with {@code X_FILE} read for every setting {@code X}: the named file's
 * content, one trailing newline removed, is X's value (Docker secrets:
 * {@code PLEX_TOKEN_FILE=/run/secrets/plex_token}). X and X_FILE both set, or a file that
 * cannot be read, stops start-up with one line naming the variable.
 */
final class SettingFiles implements Function<String, String> {

	static final String SUFFIX = "_FILE";

	private final Function<String, String> variables;

	SettingFiles(Function<String, String> variables) {
		this.variables = variables;
	}

	@Override
	public String apply(String name) {
		String value = present(this.variables.apply(name));
		if (name.endsWith(SUFFIX)) {
			return value;
		}
		String file = present(this.variables.apply(name + SUFFIX));
		if (file == null) {
			return value;
		}
		if (value != null) {
			throw new InvalidSettingException(name + SUFFIX, "is set as well as " + name + ": keep one of them (" + name
					+ SUFFIX + " names a file holding the value)");
		}
		return read(name + SUFFIX, file.strip());
	}

	/**
	 * The variable the owner set for a name: the name itself, or its {@code _FILE}
	 * variable when only that is set.
	 */
	String setBy(String name) {
		boolean fromFile = present(this.variables.apply(name)) == null
				&& present(this.variables.apply(name + SUFFIX)) != null;
		return fromFile ? name + SUFFIX : name;
	}

	private static String read(String variable, String file) {
		try {
			String content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
			if (content.endsWith("\r\n")) {
				return content.substring(0, content.length() - 2);
			}
			return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidSettingException(variable,
					"names a file that cannot be read: " + file + " (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static String present(String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

}
