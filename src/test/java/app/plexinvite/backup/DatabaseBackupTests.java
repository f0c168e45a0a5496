package app.plexinvite.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A copy made while another connection keeps writing is a whole, consistent database:
 * restored in place of the original (README, Backup and restore) it opens, passes
 * Flyway's validation of the current schema and holds every row committed before the
 * copy.
 */
class DatabaseBackupTests {

	@TempDir
	Path folder;

	private DataSource database;

	private JdbcClient jdbc;

	@BeforeEach
	void migratedDatabase() {
		this.database = TestSqlite.dataSource(this.folder.resolve("invites.db"));
		flyway(this.database).migrate();
		this.jdbc = JdbcClient.create(this.database);
	}

	private static Flyway flyway(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/sqlite").load();
	}

	private void insertRequest(int n) {
		this.jdbc
			.sql("INSERT INTO invite_request (status_token, identifier, identifier_key, status, created_at, updated_at)"
					+ " VALUES (?, ?, ?, 'QUEUED', 0, 0)")
			.params("backup-token-%030d".formatted(n), "person" + n + "@example.com", "person" + n + "@example.com")
			.update();
	}

	private static int requests(DataSource dataSource) {
		return JdbcClient.create(dataSource).sql("SELECT count(*) FROM invite_request").query(Integer.class).single();
	}

	@Test
	void aCopyMadeWhileWritesHappenOpensValidatesAndHoldsTheRows() throws Exception {
		for (int n = 0; n < 200; n++) {
			insertRequest(n);
		}
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger written = new AtomicInteger(200);
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
			while (writing.get()) {
				insertRequest(written.getAndIncrement());
			}
		});
		// The copy starts only once the writer has committed rows of its own.
		while (requests(this.database) < 210) {
			assertThat(writer).as("the writer stopped early").isNotDone();
		}
		int committedBefore = requests(this.database);
		Path copy = this.folder.resolve("copy.db");
		new DatabaseBackup(this.database).copyTo(copy);
		writing.set(false);
		writer.get();

		assertThat(copy.resolveSibling("copy.db-wal")).doesNotExist();
		Path restored = Files.createDirectory(this.folder.resolve("restored")).resolve("invites.db");
		Files.copy(copy, restored);
		DataSource restoredDatabase = TestSqlite.dataSource(restored);
		flyway(restoredDatabase).validate();
		int inCopy = requests(restoredDatabase);
		assertThat(inCopy).isGreaterThanOrEqualTo(committedBefore).isLessThanOrEqualTo(written.get());
		assertThat(JdbcClient.create(restoredDatabase)
			.sql("SELECT max(id) - min(id) + 1 FROM invite_request")
			.query(Integer.class)
			.single()).as("no gap: each committed row or none after it").isEqualTo(inCopy);
	}

	/**
	 * Whoever gets hold of a copy must not be able to use an owner's session from it, and
	 * its file must not keep the deleted rows in free pages either.
	 */
	@Test
	void aCopyHoldsNoSessionsNorRateLimitCounts() throws Exception {
		String sessionId = "0f2c5a3e-session-that-must-not-leak";
		this.jdbc.sql("""
				INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
				max_inactive_interval, expiry_time, principal_name) VALUES ('p1', ?, 0, 0, 1800, 0, 'owner')""")
			.param(sessionId)
			.update();
		this.jdbc.sql("INSERT INTO spring_session_attributes VALUES ('p1', 'SPRING_SECURITY_CONTEXT', ?)")
			.param(new byte[] { 1, 2, 3 })
			.update();
		this.jdbc.sql("INSERT INTO rate_limit_window VALUES ('invite', '203.0.113.9', '1,2', 99)").update();
		insertRequest(1);
		Path target = this.folder.resolve("copy.db");

		new DatabaseBackup(this.database).copyTo(target);

		JdbcClient copy = JdbcClient.create(TestSqlite.dataSource(target));
		for (String table : DatabaseBackup.LIVE_STATE) {
			assertThat(copy.sql("SELECT count(*) FROM " + table).query(Integer.class).single()).as(table).isZero();
		}
		assertThat(requests(TestSqlite.dataSource(target))).isOne();
		assertThat(new String(Files.readAllBytes(target), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(sessionId);
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session").query(Integer.class).single())
			.as("the running database keeps its sessions")
			.isOne();
	}

	@Test
	void refusesATargetThatExists() throws Exception {
		Path target = Files.writeString(this.folder.resolve("taken.db"), "keep me");
		assertThatExceptionOfType(DatabaseBackup.BackupFailed.class)
			.isThrownBy(() -> new DatabaseBackup(this.database).copyTo(target))
			.withMessageContaining("exists already");
		assertThat(target).hasContent("keep me");
	}

	@Test
	void makesTheDownloadCopyBesideTheDatabase() {
		DatabaseBackup backup = new DatabaseBackup(this.database);
		Path copy = backup.copyBesideDatabase();
		assertThat(copy.getParent()).isEqualTo(this.folder.toAbsolutePath());
		assertThat(requests(TestSqlite.dataSource(copy))).isZero();
		DatabaseBackup.deleteQuietly(copy);
		assertThat(copy).doesNotExist();
	}

	@Test
	void namesCopiesByTheirTimeInUtc() {
		assertThat(DatabaseBackup.fileName(Instant.parse("2026-12-07T10:15:30.123Z")))
			.isEqualTo("plex-invite-20261207T101530Z.db");
	}

	@Test
	void leavesPostgresqlToPgDump() {
		DatabaseBackup backup = new DatabaseBackup(TestPostgres.freshDatabase());
		assertThat(backup.supported()).isFalse();
		assertThatExceptionOfType(DatabaseBackup.BackupFailed.class)
			.isThrownBy(() -> backup.copyTo(this.folder.resolve("pg.db")))
			.withMessageContaining("pg_dump");
		assertThat(this.folder.resolve("pg.db")).doesNotExist();
	}

}
