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

	/**
	 * The migrations that move data keep it too: an installation from before access
	 * profiles (V3: requests, share settings, the stored owner and Plex token) upgraded
	 * to the latest: its share settings are the default profile (V4), what was sent is
	 * shared with that profile, the owner is one of the owner accounts (V8) and whoever
	 * was invited is a person with access (V9).
	 */
	@Test
	void anInstallationFromBeforeAccessProfilesKeepsItsDataOnBothDatabases() {
		upgradesFromV3(TestSqlite.dataSource(this.folder.resolve("v3.db")), "sqlite");
		upgradesFromV3(TestPostgres.freshDatabase(), "postgresql");
	}

	private static void upgradesFromV3(DataSource dataSource, String vendor) {
		flyway(dataSource, vendor, "3").migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("INSERT INTO invite_request (status_token, identifier, identifier_key, status, plex_share_id, "
				+ "created_at, updated_at) VALUES ('token-sent-0000000000000000000000000000', 'Ann@Example.com', "
				+ "'ann@example.com', 'SENT', 4242, 1000, 2000), ('token-fail-0000000000000000000000000000', 'bob', "
				+ "'bob', 'FAILED', NULL, 3000, 4000)")
			.update();
		jdbc.sql("INSERT INTO invite_setting (name, value) VALUES ('share_all_libraries', 'false'), "
				+ "('share_allow_sync', 'true'), ('invite_code', 'letmein')")
			.update();
		jdbc.sql("INSERT INTO shared_library (plex_tv_id, title) VALUES (77, 'Movies')").update();
		jdbc.sql("INSERT INTO owner_account (id, username, password_hash, created_at, updated_at) "
				+ "VALUES (1, 'olivia', '$argon2id$kept', 10, 20)")
			.update();
		jdbc.sql("INSERT INTO plex_credentials (id, token_ciphertext, server_name, updated_at) "
				+ "VALUES (1, 'v1.sealed-token', 'Living Room', 30)")
			.update();

		flyway(dataSource, vendor, "latest").migrate();

		assertThat(jdbc.sql("SELECT identifier, status, plex_share_id FROM invite_request ORDER BY id")
			.query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getObject(3))
			.list()).containsExactly("Ann@Example.com SENT 4242", "bob FAILED null");
		long profile = jdbc
			.sql("SELECT id FROM access_profile WHERE is_default = TRUE AND allow_sync = TRUE "
					+ "AND all_libraries = FALSE")
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("SELECT title FROM access_profile_library WHERE profile_id = ?")
			.param(profile)
			.query(String.class)
			.list()).containsExactly("Movies");
		assertThat(jdbc.sql("SELECT profile_id FROM invite_request WHERE status = 'SENT'").query(Long.class).single())
			.isEqualTo(profile);
		assertThat(jdbc.sql("SELECT value FROM invite_setting WHERE name = 'invite_code'").query(String.class).single())
			.isEqualTo("letmein");
		assertThat(jdbc.sql("SELECT username || ' ' || password_hash FROM owner_account").query(String.class).list())
			.containsExactly("olivia $argon2id$kept");
		assertThat(jdbc.sql("SELECT token_ciphertext || ' ' || server_name FROM plex_credentials")
			.query(String.class)
			.single()).isEqualTo("v1.sealed-token Living Room");
		assertThat(jdbc.sql("SELECT email || ' ' || plex_share_id || ' ' || profile_id FROM person")
			.query(String.class)
			.list()).containsExactly("Ann@Example.com 4242 " + profile);
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
