package app.plexinvite.config;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Stops start-up for a bad setting found by {@link SettingsEnvironmentPostProcessor}. It
 * runs just after logging is configured, so the failure is reported in one line and
 * Spring Boot's own banner stays silent.
 */
class InvalidSettingReporter implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment environment = event.getEnvironment();
		String variable = environment.getProperty(SettingsEnvironmentPostProcessor.INVALID_VARIABLE);
		if (variable != null) {
			throw new InvalidSettingException(variable,
					environment.getProperty(SettingsEnvironmentPostProcessor.INVALID_PROBLEM, "is not valid"));
		}
	}

}
