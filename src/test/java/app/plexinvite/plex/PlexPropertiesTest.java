package app.plexinvite.plex;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class PlexPropertiesTest {

	private static PlexProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("plex", PlexProperties.class);
	}

	@Test
	void defaultsToThePublicPlexHostsAndSafeLimits() {
		PlexProperties properties = bind(Map.of("plex.server-name", "Living Room"));

		assertThat(properties.tvUrl()).isEqualTo(URI.create("https://plex.tv"));
		assertThat(properties.clientsUrl()).isEqualTo(URI.create("https://clients.plex.tv"));
		assertThat(properties.appUrl()).isEqualTo(URI.create("https://app.plex.tv"));
		assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(15));
		assertThat(properties.maxConcurrentCalls()).isEqualTo(4);
		assertThat(properties.maxAttempts()).isEqualTo(5);
		assertThat(properties.token()).isNull();
		assertThat(properties.isEveryUrlHttp()).isTrue();
	}

	@Test
	void refusesAnAddressThatIsNotHttp() {
		assertThat(bind(Map.of("plex.tv-url", "ftp://plex.tv")).isEveryUrlHttp()).isFalse();
		assertThat(bind(Map.of("plex.server-url", "file:///etc/passwd")).isEveryUrlHttp()).isFalse();
		assertThat(bind(Map.of("plex.server-url", "http://192.168.1.20:32400")).isEveryUrlHttp()).isTrue();
	}

	@Test
	void refusesAZeroTimeout() {
		assertThat(bind(Map.of("plex.read-timeout", "0s")).isEveryTimeoutPositive()).isFalse();
	}

}
