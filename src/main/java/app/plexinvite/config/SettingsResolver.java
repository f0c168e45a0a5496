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
 * logging, the base path and public address, JSON logs. Every setting X may come from the
 * file named by X_FILE ({@link SettingFiles}). A missing ADMIN_PASSWORD_HASH or
 * PLEX_TOKEN does not stop start-up: first-run set-up ({@code /setup}) asks for what is
 * missing.
 */
final class SettingsResolver {

	private final SettingFiles variables;

	private final boolean demo;

	private final Log log;

	private final Function<String, String> propertyElsewhere;

	SettingsResolver(Function<String, String> variables, boolean demo, Log log) {
		this(variables, demo, log, (property) -> null);
	}

	/**
	 * @param propertyElsewhere the value of a property Spring already has from elsewhere
	 * (command line, system property, application.properties, a test), or null, so that a
	 * setting given that way also counts
	 */
	SettingsResolver(Function<String, String> variables, boolean demo, Log log,
			Function<String, String> propertyElsewhere) {
		this.variables = new SettingFiles(variables);
		this.demo = demo;
		this.log = log;
		this.propertyElsewhere = propertyElsewhere;
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
		if ("json".equalsIgnoreCase(properties.get(Setting.LOG_FORMAT.property()).toString())) {
			properties.put("logging.structured.format.console", "ecs");
		}
		DataLocation data = dataLocation();
		if (!data.jdbcUrl().isEmpty()) {
			properties.put("spring.datasource.url", data.jdbcUrl());
		}
		properties.put("plexinvite.data-directory", data.directory().toString());
		if (this.demo && !properties.containsKey(Setting.PUBLIC_URL.property())
				&& !propertyDefined(Setting.PUBLIC_URL.property())) {
			// Demo mode runs on this machine: its links, QR codes and Plex's way back
			// work
			// at localhost without the owner setting PUBLIC_URL.
			properties.put(Setting.PUBLIC_URL.property(), "http://localhost:" + properties.get("server.port"));
		}
		BasePath base = BasePath.of(
				lookup(Setting.BASE_PATH)
					.or(() -> Optional.ofNullable(this.propertyElsewhere.apply(Setting.BASE_PATH.property()))),
				Optional.ofNullable((String) properties.get(Setting.PUBLIC_URL.property())));
		properties.put(Setting.BASE_PATH.property(), base.path());
		base.publicUrl().ifPresent((url) -> properties.put(Setting.PUBLIC_URL.property(), url));
		// Every cookie under the base path, without the trailing slash Spring
		// Session's cookie would otherwise get (/invite/).
		properties.put("server.servlet.session.cookie.path", base.path().isEmpty() ? "/" : base.path());
		if (lookup(Setting.SECRET_KEY).isEmpty() && !propertyDefined(Setting.SECRET_KEY.property())) {
			properties.put(Setting.SECRET_KEY.property(), new SecretKeyFile(data.directory(), this.log).readOrCreate());
		}
		return properties;
	}

	private boolean propertyDefined(String property) {
		return this.propertyElsewhere.apply(property) != null;
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
			throw new InvalidSettingException(this.variables.setBy(name), problem + " (got '" + shorten(value) + "')");
		});
	}

	private DataLocation dataLocation() {
		if (propertyDefined("spring.datasource.url")) {
			// Given as a Spring property (tests, advanced set-ups): nothing to derive,
			// nothing to create.
			return new DataLocation("", Path.of("").toAbsolutePath());
		}
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
