package app.plexinvite.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * SQLite's transactions, one at a time and first come first served, in this process.
 *
 * <p>
 * SQLite lets one transaction write at a time (every transaction here begins IMMEDIATE,
 * so every one takes the write lock), and a transaction that finds the lock taken polls
 * with growing sleeps until {@code busy_timeout}. Polling is not a queue: under a steady
 * stream of writers one of them can lose for the whole 10 s and fail with SQLITE_BUSY
 * while the others get through. The benchmark (docs/benchmarks.md, scenario 1) saw that
 * at 50 clients posting the form. Here a transaction waits for its turn in a fair queue
 * before it begins, so SQLite never has to make it wait; it holds the turn until the
 * connection is back in auto-commit mode or closed (the SQLite driver begins the next
 * transaction at once after a commit and ends it only then).
 *
 * <p>
 * A statement that may write outside a transaction (auto-commit) takes its turn for as
 * long as it runs; queries (SELECT) never wait. PostgreSQL is not affected.
 */
final class SqliteTransactionGate extends DelegatingDataSource {

	private final Semaphore turn = new Semaphore(1, true);

	private final Duration patience;

	SqliteTransactionGate(DataSource pool, Duration patience) {
		super(pool);
		this.patience = patience;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return gated(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return gated(obtainTargetDataSource().getConnection(username, password));
	}

	/** Whether a statement may write: anything but a plain query (a batch may, too). */
	static boolean writes(String sql) {
		if (sql == null) {
			return true;
		}
		String start = sql.stripLeading();
		return !(start.regionMatches(true, 0, "SELECT", 0, 6) || start.regionMatches(true, 0, "VALUES", 0, 6));
	}

	/** Transactions waiting for their turn (for tests and the curious). */
	int waiting() {
		return this.turn.getQueueLength();
	}

	private Connection gated(Connection connection) {
		Gated handler = new Gated(connection);
		handler.self = (Connection) Proxy.newProxyInstance(SqliteTransactionGate.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
		return handler.self;
	}

	/** One connection: takes the turn when a transaction begins, gives it back after. */
	private final class Gated implements InvocationHandler {

		private final Connection connection;

		private Connection self;

		private boolean holding;

		Gated(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("equals")) {
				return proxy == args[0];
			}
			if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			if (name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0]) && !this.holding) {
				take();
			}
			try {
				Object result = method.invoke(this.connection, args);
				if ((name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])) || name.equals("close")) {
					give();
				}
				if (result instanceof Statement statement && !(result instanceof CallableStatement)) {
					String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
					return gatedStatement(statement, sql);
				}
				return result;
			}
			catch (InvocationTargetException ex) {
				if (name.equals("setAutoCommit") || name.equals("close")) {
					give();
				}
				throw ex.getCause();
			}
		}

		/**
		 * A statement run outside a transaction writes with a lock of its own: it takes
		 * the turn too, for as long as it runs, unless it only reads.
		 */
		private Statement gatedStatement(Statement statement, String preparedSql) {
			Class<?> type = (statement instanceof PreparedStatement) ? PreparedStatement.class : Statement.class;
			return (Statement) Proxy.newProxyInstance(SqliteTransactionGate.class.getClassLoader(),
					new Class<?>[] { type }, (proxy, method, args) -> {
						if (method.getName().equals("equals")) {
							return proxy == args[0];
						}
						if (method.getName().equals("hashCode")) {
							return System.identityHashCode(proxy);
						}
						if (method.getName().equals("getConnection")) {
							return Gated.this.self;
						}
						String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text
								: preparedSql;
						boolean turn = method.getName().startsWith("execute") && writes(sql) && takeForStatement();
						try {
							return method.invoke(statement, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
						finally {
							if (turn) {
								give();
							}
						}
					});
		}

		/** Takes the turn for one auto-commit statement; false inside a transaction. */
		private boolean takeForStatement() throws SQLException {
			synchronized (this) {
				if (this.holding || !this.connection.getAutoCommit()) {
					return false;
				}
			}
			take();
			return true;
		}

		private synchronized void take() throws SQLException {
			try {
				if (!SqliteTransactionGate.this.turn.tryAcquire(SqliteTransactionGate.this.patience.toMillis(),
						TimeUnit.MILLISECONDS)) {
					throw new SQLTransientException("The database stayed busy for "
							+ SqliteTransactionGate.this.patience.toSeconds() + " s; try again");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SQLTransientException("Interrupted while waiting for the database", ex);
			}
			this.holding = true;
		}

		private synchronized void give() {
			if (this.holding) {
				this.holding = false;
				SqliteTransactionGate.this.turn.release();
			}
		}

	}

}
