package app.plexinvite.plex;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Wires the Plex client with the installation's persistent client identifier and the
 * owner's credentials (environment first, then what set-up stored, encrypted with a key
 * from SECRET_KEY).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlexProperties.class)
class PlexConfiguration {

	@Bean
	PlexInstallation plexInstallation(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		return new PlexInstallation(jdbc, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PlexClient plexClient(PlexProperties properties, RestClient.Builder builder, PlexInstallation installation,
			JdbcClient jdbc, Environment environment, ObjectProvider<Clock> clock,
			ObjectProvider<MeterRegistry> registry) {
		ClientIdentity identity = new ClientIdentity(installation.clientIdentifier(),
				PlexClient.class.getPackage().getImplementationVersion());
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		// SECRET_KEY (always set: generated beside the database when missing, see
		// config).
		TokenCipher cipher = new TokenCipher(environment.getRequiredProperty("plexinvite.secret-key"));
		OwnerCredentials credentials = new OwnerCredentials(properties, new StoredPlexCredentials(jdbc), cipher, time);
		return new PlexClient(properties, credentials, builder, identity, Sleeper.REAL, time,
				registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	/** Bean name "plexHealthIndicator" makes the health contributor "plex". */
	@Bean
	PlexHealthIndicator plexHealthIndicator(PlexClient client, ObjectProvider<Clock> clock) {
		return new PlexHealthIndicator(client, clock.getIfAvailable(Clock::systemUTC));
	}

}
