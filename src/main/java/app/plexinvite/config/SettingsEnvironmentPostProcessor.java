package app.plexinvite.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Turns the owner's environment variables and {@code .env} file into Spring properties,
 * checking every value first: a bad one stops start-up with
 * {@link InvalidSettingException}, which is reported in one line. Real environment
 * variables win over the file, and a setting's own name over the seed app's alias
 * ({@code PORT} over {@code FLASK_PORT}).
 */
class SettingsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "plexInviteSettings";

	/**
	 * The working directory's .env, or the file named by the system property
	 * {@code plexinvite.env-file}.
	 */
	static final String ENV_FILE_PROPERTY = "plexinvite.env-file";

	static final String INVALID_VARIABLE = "plexinvite.invalid-setting.variable";

	static final String INVALID_PROBLEM = "plexinvite.invalid-setting.problem";

	private final Log log;

	SettingsEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(SettingsEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> system = environment.getSystemEnvironment();
		Function<String, String> fromSystem = (name) -> (system.get(name) != null) ? system.get(name).toString() : null;
		Path envFile = Path.of(System.getProperty(ENV_FILE_PROPERTY, ".env"));
		Map<String, String> dotEnv = readDotEnv(envFile, fromSystem);
		Function<String, String> variables = (name) -> (fromSystem.apply(name) != null) ? fromSystem.apply(name)
				: dotEnv.get(name);
		boolean demo = environment.matchesProfiles("demo");
		Map<String, Object> properties;
		try {
			properties = new SettingsResolver(variables, demo, this.log, (name) -> elsewhere(environment, name))
				.resolve();
		}
		catch (InvalidSettingException ex) {
			// Reported by InvalidSettingReporter once logging is set up, so that only our
			// one line is printed.
			properties = Map.of(INVALID_VARIABLE, ex.variable(), INVALID_PROBLEM, ex.problem());
		}
		var sources = environment.getPropertySources();
		String anchor = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		if (!dotEnv.isEmpty()) {
			// Everything else in .env reaches Spring as if it were an environment
			// variable, as load_dotenv() does.
			Map<String, Object> raw = new LinkedHashMap<>(dotEnv);
			addAfter(sources, anchor, new SystemEnvironmentPropertySource("dotEnvFile", raw));
		}
		addAfter(sources, anchor, new MapPropertySource(SOURCE_NAME, properties));
	}

	/**
	 * A property's value from elsewhere; one whose placeholders cannot be resolved yet
	 * still counts as given.
	 */
	private static String elsewhere(ConfigurableEnvironment environment, String name) {
		if (!environment.containsProperty(name)) {
			return null;
		}
		try {
			return environment.getProperty(name, "");
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	private static void addAfter(org.springframework.core.env.MutablePropertySources sources, String anchor,
			org.springframework.core.env.PropertySource<?> source) {
		if (sources.contains(anchor)) {
			sources.addAfter(anchor, source);
		}
		else {
			sources.addLast(source);
		}
	}

	private Map<String, String> readDotEnv(Path file, Function<String, String> environment) {
		try {
			Map<String, String> values = DotEnvFile.read(file, environment);
			if (!values.isEmpty()) {
				this.log.info("Read " + values.size() + " settings from " + file.toAbsolutePath());
			}
			return values;
		}
		catch (IOException | UncheckedIOException ex) {
			throw new InvalidSettingException(file.toAbsolutePath().toString(),
					"could not be read (" + ex.getMessage() + ")");
		}
	}

}
