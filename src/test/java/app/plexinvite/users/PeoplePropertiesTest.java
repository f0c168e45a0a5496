package app.plexinvite.users;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** people.* binds as start-up would, and a zero or negative interval stops it. */
class PeoplePropertiesTest {

	private static PeopleProperties bind(Map<String, String> values) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		Binder binder = new Binder(new MapConfigurationPropertySource(values));
		return binder.bindOrCreate("people", Bindable.of(PeopleProperties.class), new ValidationBindHandler(validator));
	}

	@Test
	void bindsTheDefaults() {
		PeopleProperties properties = bind(Map.of());

		assertThat(properties.expiryInterval()).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.syncMinGap()).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.jobsEnabled()).isTrue();
	}

	@Test
	void refusesAZeroOrNegativeExpiryIntervalOrSyncGap() {
		for (Map<String, String> bad : java.util.List.of(Map.of("people.expiry-interval", "0"),
				Map.of("people.expiry-interval", "-1m"), Map.of("people.sync-min-gap", "0s"),
				Map.of("people.expiry-retry-max", "0"), Map.of("people.plex-call-gap", "-1ms"))) {
			assertThatExceptionOfType(BindException.class).as(bad.toString()).isThrownBy(() -> bind(bad));
		}
	}

	@Test
	void allowsTurningTheScheduledSyncOffAndCallingPlexWithoutAPause() {
		PeopleProperties properties = bind(Map.of("people.sync-interval", "0", "people.plex-call-gap", "0"));

		assertThat(properties.syncInterval()).isZero();
		assertThat(properties.plexCallGap()).isZero();
	}

}
