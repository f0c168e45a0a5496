package app.plexinvite.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class SqliteTransactionGateTest {

	@TempDir
	Path folder;

	private final List<HikariDataSource> pools = new ArrayList<>();

	@AfterEach
	void close() {
		this.pools.forEach(HikariDataSource::close);
	}

	/** As the application opens SQLite, but SQLite gives up after 50 ms, not 10 s. */
	private HikariDataSource pool(int size) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url() + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=50&transaction_mode=IMMEDIATE");
		config.setMaximumPoolSize(size);
		config.setExceptionOverrideClassName(SqliteBusyEviction.class.getName());
		HikariDataSource pool = new HikariDataSource(config);
		this.pools.add(pool);
		JdbcClient.create(pool).sql("CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, text TEXT)").update();
		return pool;
	}

	private String url() {
		return "jdbc:sqlite:" + this.folder.resolve("gate.db");
	}

	private static int notes(javax.sql.DataSource dataSource) {
		return JdbcClient.create(dataSource).sql("SELECT count(*) FROM note").query(Integer.class).single();
	}

	@Test
	void manyWritersAtOnceAllGetTheirTurnAlthoughSqliteWouldGiveUpAfter50Ms() throws Exception {
		SqliteTransactionGate gate = new SqliteTransactionGate(pool(8), Duration.ofSeconds(30));
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(gate));
		JdbcClient jdbc = JdbcClient.create(gate);
		List<Future<?>> writers = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int writer = 0; writer < 40; writer++) {
				writers.add(threads.submit(() -> {
					for (int i = 0; i < 25; i++) {
						transactions.executeWithoutResult((status) -> {
							jdbc.sql("INSERT INTO note (text) VALUES ('a')").update();
							jdbc.sql("UPDATE note SET text = 'b' WHERE id = (SELECT max(id) FROM note)").update();
						});
					}
				}));
			}
			for (Future<?> writer : writers) {
				writer.get();
			}
		}

		assertThat(notes(gate)).isEqualTo(1000);
	}

	@Test
	void aTransactionWaitsInLineUntilTheOneBeforeEnds() throws Exception {
		SqliteTransactionGate gate = new SqliteTransactionGate(pool(2), Duration.ofSeconds(30));
		try (Connection first = gate.getConnection(); ExecutorService threads = Executors.newSingleThreadExecutor()) {
			first.setAutoCommit(false);
			Future<?> second = threads.submit(() -> {
				try (Connection connection = gate.getConnection()) {
					connection.setAutoCommit(false);
					try (Statement statement = connection.createStatement()) {
						statement.execute("INSERT INTO note (text) VALUES ('second')");
					}
					connection.commit();
					connection.setAutoCommit(true);
				}
				return null;
			});

			Eventually.until("the second transaction waits for its turn", Duration.ofSeconds(10),
					() -> gate.waiting() == 1);
			assertThat(second).isNotDone();
			first.commit();
			first.setAutoCommit(true);

			second.get();
		}
		assertThat(notes(gate)).isEqualTo(1);
	}

	@Test
	void aConnectionThatFoundTheDatabaseBusyIsNotLentOutAgain() throws Exception {
		SqliteTransactionGate gate = new SqliteTransactionGate(pool(1), Duration.ofSeconds(30));
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(gate));
		JdbcClient jdbc = JdbcClient.create(gate);
		try (Connection other = DriverManager.getConnection(url())) {
			// Another process (a backup, the sqlite3 shell) holds the write lock.
			try (Statement statement = other.createStatement()) {
				statement.execute("BEGIN IMMEDIATE");
			}
			assertThatException().isThrownBy(() -> transactions
				.executeWithoutResult((status) -> jdbc.sql("INSERT INTO note (text) VALUES ('lost')").update()));
			try (Statement statement = other.createStatement()) {
				statement.execute("COMMIT");
			}

			for (int i = 0; i < 3; i++) {
				transactions
					.executeWithoutResult((status) -> jdbc.sql("INSERT INTO note (text) VALUES ('x')").update());
			}
			try (Statement statement = other.createStatement()) {
				statement.execute("BEGIN IMMEDIATE");
				statement.execute("INSERT INTO note (text) VALUES ('other')");
				statement.execute("COMMIT");
			}
		}
		assertThat(notes(gate)).isEqualTo(4);
	}

}
