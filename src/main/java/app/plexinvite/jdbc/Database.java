package app.plexinvite.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Which of the two databases is in use: SQLite (one instance, its state may stay in
 * memory) or PostgreSQL (any number of instances, shared state goes to the database).
 */
public enum Database {

	SQLITE, POSTGRESQL;

	/** Asks the driver once; anything that is not PostgreSQL is treated as SQLite. */
	public static Database of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : SQLITE;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not tell which database is in use", ex);
		}
	}

	/** Several instances may share this database (and so must share their state). */
	public boolean shared() {
		return this == POSTGRESQL;
	}

}
