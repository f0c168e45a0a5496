package app.plexinvite.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import app.plexinvite.jdbc.Database;

/**
 * Copies the SQLite database into a new file with {@code VACUUM INTO}: SQLite reads the
 * whole database inside one read transaction, so the copy is consistent (every committed
 * write before it, none after) while the application keeps reading and writing, and it is
 * a complete database file without a -wal or -shm beside it. PostgreSQL is backed up with
 * pg_dump instead.
 */
@Component
public class DatabaseBackup {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	/** Tables of the running application's live state, never part of a copy. */
	static final List<String> LIVE_STATE = List.of("spring_session_attributes", "spring_session", "rate_limit_window",
			"api_rate_limit_bucket");

	private final DataSource dataSource;

	/** Which database, asked once (it never changes while the application runs). */
	private volatile Database database;

	public DatabaseBackup(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * The name of a copy made at {@code now}: {@code plex-invite-20261207T101500Z.db}.
	 */
	public static String fileName(Instant now) {
		return "plex-invite-" + STAMP.format(now) + ".db";
	}

	/** Whether the database is SQLite, the only one copied here. */
	public boolean supported() {
		if (this.database == null) {
			try {
				this.database = Database.of(this.dataSource);
			}
			catch (IllegalStateException ex) {
				throw new BackupFailed("cannot open the database: " + ex.getCause().getMessage(), ex);
			}
		}
		return this.database == Database.SQLITE;
	}

	/** The database file (SQLite only). */
	public Path databaseFile() {
		requireSqlite();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			try (var rows = statement.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
				rows.next();
				return Path.of(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new BackupFailed("cannot open the database: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Whether the database holds Plex Invite's schema (SQLite creates an empty file for a
	 * wrong path).
	 */
	public boolean holdsSchema() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				var rows = statement
					.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'")) {
			return rows.next() && rows.getInt(1) == 1;
		}
		catch (SQLException ex) {
			throw new BackupFailed("cannot open the database: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes a consistent copy to {@code target}, which must not exist yet.
	 * @throws BackupFailed when the database is not SQLite, the target exists or the copy
	 * fails
	 */
	public void copyTo(Path target) {
		if (Files.exists(target)) {
			throw new BackupFailed(target + " exists already; name a new file");
		}
		requireSqlite();
		try (Connection connection = this.dataSource.getConnection();
				var statement = connection.prepareStatement("VACUUM INTO ?")) {
			statement.setString(1, target.toAbsolutePath().toString());
			statement.execute();
		}
		catch (SQLException ex) {
			throw new BackupFailed("the copy to " + target + " failed: " + ex.getMessage(), ex);
		}
		dropLiveState(target);
	}

	/**
	 * What only the running application needs leaves the copy, and its pages are
	 * rewritten so nothing of it stays in the file: the owners' sessions (whoever reads
	 * the file must not be able to use one) and the rate-limit counts. Tables a database
	 * of an older version lacks are skipped.
	 */
	private static void dropLiveState(Path copy) {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
				Statement statement = connection.createStatement()) {
			for (String table : LIVE_STATE) {
				try (var rows = statement.executeQuery(
						"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
					if (!rows.next() || rows.getInt(1) == 0) {
						continue;
					}
				}
				statement.executeUpdate("DELETE FROM " + table);
			}
			statement.execute("VACUUM");
		}
		catch (SQLException ex) {
			throw new BackupFailed("clearing the sessions from the copy " + copy + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A copy in a new file beside the database (the folder Plex Invite may write to), for
	 * the caller to read and delete.
	 */
	public Path copyBesideDatabase() {
		Path target = databaseFile().resolveSibling(".backup-" + UUID.randomUUID() + ".db");
		try {
			copyTo(target);
			return target;
		}
		catch (BackupFailed ex) {
			deleteQuietly(target);
			throw ex;
		}
	}

	/** Removes a copy made by {@link #copyBesideDatabase()}. */
	public static void deleteQuietly(Path copy) {
		try {
			Files.deleteIfExists(copy);
		}
		catch (IOException ex) {
			// Nothing to do: a left-over copy beside the database is visible to the
			// owner.
		}
	}

	private void requireSqlite() {
		if (!supported()) {
			throw new BackupFailed(
					"the database is PostgreSQL, not SQLite: back it up with pg_dump (README, Backup and restore)");
		}
	}

	/** Why a copy was not made, in words for the log or the command line. */
	public static final class BackupFailed extends RuntimeException {

		BackupFailed(String message) {
			super(message);
		}

		BackupFailed(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
