package app.plexinvite.plex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlexInstallationTest {

	@Test
	void createsOneIdentifierAndKeepsIt(@TempDir Path dir) throws Exception {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("plex.db"),
				true);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/sqlite/V1__plex_installation.sql")))
			.update();
		Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

		String first = new PlexInstallation(jdbc, clock).clientIdentifier();
		String second = new PlexInstallation(jdbc, clock).clientIdentifier();

		assertThat(UUID.fromString(first)).isNotNull();
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.sql("SELECT created_at FROM plex_installation").query(Long.class).single())
			.isEqualTo(clock.millis());
		dataSource.destroy();
	}

}
