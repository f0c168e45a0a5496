package app.plexinvite.plex;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** Wires the Plex client with the installation's persistent client identifier. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlexProperties.class)
class PlexConfiguration {

	@Bean
	PlexInstallation plexInstallation(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		return new PlexInstallation(jdbc, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PlexClient plexClient(PlexProperties properties, RestClient.Builder builder, PlexInstallation installation,
			ObjectProvider<Clock> clock) {
		ClientIdentity identity = new ClientIdentity(installation.clientIdentifier(),
				PlexClient.class.getPackage().getImplementationVersion());
		return new PlexClient(properties, builder, identity, Sleeper.REAL, clock.getIfAvailable(Clock::systemUTC));
	}

	/** Bean name "plexHealthIndicator" makes the health contributor "plex". */
	@Bean
	PlexHealthIndicator plexHealthIndicator(PlexClient client, PlexProperties properties, ObjectProvider<Clock> clock) {
		return new PlexHealthIndicator(client, properties, clock.getIfAvailable(Clock::systemUTC));
	}

}
