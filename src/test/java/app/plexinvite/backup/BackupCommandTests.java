package app.plexinvite.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.PlexInviteApplication;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup [file]} on the configured database, and what it refuses. */
class BackupCommandTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:30:00Z"), ZoneOffset.UTC);

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private DataSource migrated(Path file) {
		DataSource dataSource = TestSqlite.dataSource(file);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/sqlite").load().migrate();
		return dataSource;
	}

	private int run(DataSource dataSource, String... args) {
		return BackupCommand.run(args, new DatabaseBackup(dataSource), CLOCK,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void writesATimestampedCopyBesideTheDatabaseByDefault() {
		DataSource database = migrated(this.folder.resolve("invites.db"));
		assertThat(run(database)).isEqualTo(BackupCommand.OK);
		Path copy = this.folder.resolve("plex-invite-20261207T093000Z.db");
		assertThat(copy).isRegularFile();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains(copy.toString(), "SECRET_KEY");
	}

	@Test
	void refusesToOverwriteAFile() throws Exception {
		DataSource database = migrated(this.folder.resolve("invites.db"));
		Path taken = Files.writeString(this.folder.resolve("taken.db"), "keep me");
		assertThat(run(database, taken.toString())).isEqualTo(BackupCommand.FAILED);
		assertThat(taken).hasContent("keep me");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("exists already");
	}

	@Test
	void refusesADatabaseWithoutPlexInvitesSchema() {
		assertThat(run(TestSqlite.dataSource(this.folder.resolve("wrong.db")))).isEqualTo(BackupCommand.FAILED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no database", "DATABASE_PATH");
	}

	@Test
	void sendsPostgresqlToPgDump() {
		assertThat(run(TestPostgres.freshDatabase())).isEqualTo(BackupCommand.FAILED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("pg_dump");
	}

	/**
	 * The real entry point in its own JVM, configured like an installation: DATABASE_PATH
	 * in the environment.
	 */
	@Test
	void theJarsBackupCommandCopiesTheConfiguredDatabase() throws Exception {
		Path database = this.folder.resolve("data/invites.db");
		Files.createDirectories(database.getParent());
		JdbcClient.create(migrated(database))
			.sql("INSERT INTO plex_installation (id, client_identifier, created_at) VALUES (1, 'kept-id', 0)")
			.update();
		Path target = this.folder.resolve("copy.db");
		ProcessBuilder command = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
				System.getProperty("java.class.path"), PlexInviteApplication.class.getName(), "backup",
				target.toString())
			.directory(this.folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("output.txt").toFile());
		command.environment().put("DATABASE_PATH", database.toString());
		command.environment().put("SECRET_KEY", "backup-test");
		Process process = command.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("backup finished").isTrue();
		assertThat(process.exitValue()).as(Files.readString(this.folder.resolve("output.txt"))).isZero();
		assertThat(JdbcClient.create(TestSqlite.dataSource(target))
			.sql("SELECT client_identifier FROM plex_installation")
			.query(String.class)
			.single()).isEqualTo("kept-id");
	}

}
