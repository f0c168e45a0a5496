package app.plexinvite.plex;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class PlexConfigurationTest {

	@Test
	void wiresTheClientAndAHealthIndicatorNamedPlex(@TempDir Path dir) throws Exception {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("p.db"),
				true);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/sqlite/V1__plex_installation.sql")))
			.update();

		new ApplicationContextRunner().withUserConfiguration(PlexConfiguration.class)
			.withBean(JdbcClient.class, () -> jdbc)
			.withBean(RestClient.Builder.class, RestClient::builder)
			.withPropertyValues("plexinvite.secret-key=test-secret", "plex.server-name=Living Room",
					"plex.tv-url=http://127.0.0.1:9")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(PlexClient.class);
				assertThat(context.getBean("plexHealthIndicator")).isInstanceOf(HealthIndicator.class);
				assertThat(context.getBean(PlexProperties.class).tvUrl()).hasToString("http://127.0.0.1:9");
				assertThat(jdbc.sql("SELECT count(*) FROM plex_installation").query(Integer.class).single())
					.isEqualTo(1);
			});
		dataSource.destroy();
	}

	@Test
	void stopsStartUpOnAnAddressThatIsNotHttp() {
		new ApplicationContextRunner().withUserConfiguration(PlexConfiguration.class)
			.withBean(JdbcClient.class,
					() -> JdbcClient.create(new SingleConnectionDataSource("jdbc:sqlite::memory:", true)))
			.withBean(RestClient.Builder.class, RestClient::builder)
			.withPropertyValues("plex.tv-url=ftp://plex.tv")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be http or https URLs"));
	}

}
