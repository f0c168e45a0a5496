package app.plexinvite.support;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.sqlite.SQLiteDataSource;

/**
 * A SQLite database file with the same options the application uses (WAL, busy timeout,
 * foreign keys).
 */
public final class TestSqlite {

	private TestSqlite() {
	}

	public static String url(Path file) {
		return "jdbc:sqlite:" + file.toAbsolutePath()
				+ "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE";
	}

	public static DataSource dataSource(Path file) {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl(url(file));
		return dataSource;
	}

}
