package app.plexinvite.config;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.validation.FieldError;

/**
 * Names the owner's variable (PLEX_TV_URL, not plex.tv-url) and what is wrong with it,
 * for a bad setting found while reading the environment or while binding a feature's
 * settings.
 */
class SettingsFailureAnalyzer implements FailureAnalyzer {

	static final String ACTION = "Fix the variable in your environment or .env file and start again.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidSettingException invalid) {
				return new FailureAnalysis(invalid.getMessage(), ACTION, invalid);
			}
			if (cause instanceof BindValidationException validation) {
				return new FailureAnalysis(describe(validation), ACTION, validation);
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException bind) {
				String reason = (bind.getCause() != null) ? bind.getCause().getMessage() : bind.getMessage();
				return new FailureAnalysis(variableFor(bind.getName().toString()) + " has a value that cannot be used: "
						+ firstLine(reason), ACTION, bind);
			}
		}
		return null;
	}

	private static String describe(BindValidationException validation) {
		var errors = validation.getValidationErrors();
		String prefix = errors.getName().toString();
		return errors.getAllErrors().stream().map((error) -> {
			if (error instanceof FieldError field) {
				String property = prefix + "." + kebab(field.getField());
				return variableFor(property) + " " + field.getDefaultMessage();
			}
			return prefix + " " + error.getDefaultMessage();
		}).collect(Collectors.joining("; "));
	}

	/**
	 * The environment variable the owner sets for a property, or the property itself when
	 * it has none.
	 */
	static String variableFor(String property) {
		return Setting.forProperty(property).map(Setting::name).orElse(property);
	}

	private static String kebab(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "invalid value";
		}
		int newline = text.indexOf('\n');
		return (newline < 0) ? text : text.substring(0, newline);
	}

}
