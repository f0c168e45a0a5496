package app.plexinvite.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the data lives: the JDBC URL, and the folder beside the database for files such
 * as the secret key.
 */
record DataLocation(String jdbcUrl, Path directory) {

	/**
	 * SQLite tuned for a small web app: WAL so pages read while the worker writes, a busy
	 * timeout instead of immediate "database is locked" errors, foreign keys enforced,
	 * and transactions that take the write lock when they begin (a transaction that read
	 * first would otherwise fail with SQLITE_BUSY_SNAPSHOT when another connection wrote
	 * in between, and no timeout helps then).
	 */
	static final String SQLITE_OPTIONS = "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE";

	static DataLocation sqlite(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path directory = absolute.getParent();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new InvalidSettingException("DATABASE_PATH", "names a folder that cannot be created: " + directory);
		}
		if (Files.isDirectory(absolute)) {
			throw new InvalidSettingException("DATABASE_PATH", "is a folder, not a database file: " + absolute);
		}
		return new DataLocation("jdbc:sqlite:" + absolute + SQLITE_OPTIONS, directory);
	}

	/**
	 * Demo mode starts from an empty database in a temporary folder each time, so it
	 * never touches real data.
	 */
	static DataLocation demo() {
		Path directory = Path.of(System.getProperty("java.io.tmpdir"), "plex-invite-demo");
		try {
			Files.createDirectories(directory);
			for (String name : new String[] { "demo.db", "demo.db-wal", "demo.db-shm" }) {
				Files.deleteIfExists(directory.resolve(name));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sqlite(directory.resolve("demo.db"));
	}

}
