package app.plexinvite.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;

/** Reading nullable columns and recognising unique violations on both databases. */
public final class Columns {

	private Columns() {
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Long millis = nullableLong(rs, column);
		return (millis != null) ? Instant.ofEpochMilli(millis) : null;
	}

	public static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	public static Long millis(Instant instant) {
		return (instant != null) ? instant.toEpochMilli() : null;
	}

	/**
	 * PostgreSQL's unique violations arrive as DuplicateKeyException; SQLite's (error
	 * code 19, SQLITE_CONSTRAINT) are not categorised by Spring, so they are translated
	 * here.
	 */
	public static <T> T unique(Supplier<T> statement) {
		try {
			return statement.get();
		}
		catch (UncategorizedSQLException ex) {
			SQLException cause = ex.getSQLException();
			if (cause != null && cause.getErrorCode() == 19 && String.valueOf(cause.getMessage()).contains("UNIQUE")) {
				throw new DuplicateKeyException("Unique constraint violated", ex);
			}
			throw ex;
		}
	}

}
