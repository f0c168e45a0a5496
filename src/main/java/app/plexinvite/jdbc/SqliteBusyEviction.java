package app.plexinvite.jdbc;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Hikari closes a SQLite connection that answered SQLITE_BUSY instead of lending it out
 * again ({@code spring.datasource.hikari.exception-override-class-name}). When BEGIN
 * fails that way the SQLite driver already counts the connection as inside a transaction;
 * back in the pool, its next user would commit nothing and leave a new transaction open
 * on it, holding the write lock until that connection happened to be used again, and
 * every other writer failed meanwhile (seen in the benchmark before
 * {@link SqliteTransactionGate}). Other errors, and other databases, are judged as Hikari
 * always does.
 */
public final class SqliteBusyEviction implements SQLExceptionOverride {

	/** SQLite's result code for SQLITE_BUSY (its extended codes share the low byte). */
	private static final int SQLITE_BUSY = 5;

	@java.lang.Override
	public Override adjudicate(SQLException ex) {
		boolean sqlite = ex.getClass().getName().startsWith("org.sqlite.");
		return (sqlite && (ex.getErrorCode() & 0xff) == SQLITE_BUSY) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
	}

}
