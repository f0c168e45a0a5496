package app.plexinvite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrades keep the data: a database created by the first released schema (V1, the
 * installation's Plex client identifier, which must never change: plex-protocol.md §0.3)
 * and filled like an installation of that time is migrated to the latest schema on both
 * databases, every row still there, as the application does at start-up.
 */
class UpgradeTests {

	private static final String FIRST_RELEASE = "1";

	@TempDir
	Path folder;

	@Test
	void sqliteFromTheFirstSchemaToTheLatestKeepsEveryRow() {
		upgradesKeepingTheRows(TestSqlite.dataSource(this.folder.resolve("invites.db")), "sqlite");
	}

	@Test
	void postgresqlFromTheFirstSchemaToTheLatestKeepsEveryRow() {
		upgradesKeepingTheRows(TestPostgres.freshDatabase(), "postgresql");
	}

	private static Flyway flyway(DataSource dataSource, String vendor, String target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/" + vendor)
			.target(MigrationVersion.fromVersion(target))
			.load();
	}

	private static void upgradesKeepingTheRows(DataSource dataSource, String vendor) {
		flyway(dataSource, vendor, FIRST_RELEASE).migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		assertThat(jdbc.sql("SELECT count(*) FROM plex_installation").query(Integer.class).single()).isZero();
		jdbc.sql("INSERT INTO plex_installation (id, client_identifier, created_at) VALUES (1, ?, ?)")
			.params("4f2c9a0e-first-release", 1_700_000_000_000L)
			.update();
		List<Map<String, Object>> before = rows(jdbc);

		var result = flyway(dataSource, vendor, "latest").migrate();

		assertThat(result.migrationsExecuted).as("migrations after V1").isGreaterThan(10);
		Flyway latest = flyway(dataSource, vendor, "latest");
		latest.validate();
		assertThat(latest.info().pending()).isEmpty();
		assertThat(rows(jdbc)).isEqualTo(before);
	}

	private static List<Map<String, Object>> rows(JdbcClient jdbc) {
		return jdbc.sql("SELECT id, client_identifier, created_at FROM plex_installation ORDER BY id")
			.query((row, n) -> Map.<String, Object>of("id", row.getLong("id"), "client_identifier",
					row.getString("client_identifier"), "created_at", row.getLong("created_at")))
			.list();
	}

}
