package app.plexinvite.plex;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installation's X-Plex-Client-Identifier is made once and kept, on both databases,
 * even under a race.
 */
class PlexInstallationTest {

	private static final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path folder;

	private DataSource migrated(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("plex.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return dataSource;
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void createsOneIdentifierAndKeepsIt(String vendor) {
		JdbcClient jdbc = JdbcClient.create(migrated(vendor));

		String first = new PlexInstallation(jdbc, clock).clientIdentifier();
		String second = new PlexInstallation(jdbc, clock).clientIdentifier();

		assertThat(UUID.fromString(first)).isNotNull();
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.sql("SELECT created_at FROM plex_installation").query(Long.class).single())
			.isEqualTo(clock.millis());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void instancesStartingTogetherAgreeOnOneIdentifier(String vendor) throws Exception {
		JdbcClient jdbc = JdbcClient.create(migrated(vendor));
		List<Callable<String>> starts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			starts.add(() -> new PlexInstallation(jdbc, clock).clientIdentifier());
		}
		try (ExecutorService executor = Executors.newFixedThreadPool(8)) {
			Set<String> identifiers = executor.invokeAll(starts)
				.stream()
				.map(PlexInstallationTest::get)
				.collect(Collectors.toSet());
			assertThat(identifiers).hasSize(1);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM plex_installation").query(Integer.class).single()).isOne();
	}

	private static String get(Future<String> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
