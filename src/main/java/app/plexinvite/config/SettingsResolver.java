package app.plexinvite.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.logging.Log;

/**
 * Resolves every {@link Setting} from the variables, checks it, and derives the
 * properties that follow from them: the datasource URL, the generated secret key, debug
 * logging.
 */
final class SettingsResolver {

	private final Function<String, String> variables;

	private final boolean demo;

	private final Log log;

	SettingsResolver(Function<String, String> variables, boolean demo, Log log) {
		this.variables = variables;
		this.demo = demo;
		this.log = log;
	}

	Map<String, Object> resolve() {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (Setting setting : Setting.values()) {
			Optional<String> value = lookup(setting);
			value.ifPresent((present) -> check(setting, present));
			value.or(setting::defaultValue).ifPresent((resolved) -> properties.put(setting.property(), resolved));
		}
		boolean debug = Boolean.TRUE.equals(SettingKind.parseBoolean(properties.get("plexinvite.debug").toString()));
		properties.put("plexinvite.debug", Boolean.toString(debug));
		if (debug) {
			properties.put("logging.level.app.plexinvite", "DEBUG");
		}
		DataLocation data = dataLocation();
		properties.put("spring.datasource.url", data.jdbcUrl());
		properties.put("plexinvite.data-directory", data.directory().toString());
		if (lookup(Setting.SECRET_KEY).isEmpty()) {
			properties.put(Setting.SECRET_KEY.property(), new SecretKeyFile(data.directory(), this.log).readOrCreate());
		}
		return properties;
	}

	private Optional<String> lookup(Setting setting) {
		return setting.lookup(this.variables);
	}

	private void check(Setting setting, String value) {
		setting.kind().problem(value).ifPresent((problem) -> {
			String name = setting.names()
				.stream()
				.filter((n) -> this.variables.apply(n) != null)
				.findFirst()
				.orElse(setting.name());
			throw new InvalidSettingException(name, problem + " (got '" + shorten(value) + "')");
		});
	}

	private DataLocation dataLocation() {
		Optional<String> url = lookup(Setting.DATABASE_URL);
		if (url.isPresent()) {
			return new DataLocation(url.get(), Path.of("").toAbsolutePath());
		}
		Optional<String> path = lookup(Setting.DATABASE_PATH);
		if (path.isEmpty() && this.demo) {
			return DataLocation.demo();
		}
		return DataLocation.sqlite(Path.of(path.orElse(Setting.DATABASE_PATH.defaultValue().orElseThrow())));
	}

	private static String shorten(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 37) + "...";
	}

}
