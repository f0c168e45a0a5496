package app.plexinvite.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One embedded PostgreSQL server for the whole test run (started on first use), and a
 * fresh empty database for each caller, so tests on PostgreSQL need no server installed
 * and never see each other's rows.
 */
public final class TestPostgres {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	/** A new, empty database on the shared server. */
	public static synchronized DataSource freshDatabase() {
		String name = "test_" + databases.incrementAndGet();
		DataSource admin = server().getPostgresDatabase();
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return server().getDatabase("postgres", name);
	}

	/**
	 * The JDBC URL of a new, empty database, for tests that configure the application by
	 * URL.
	 */
	public static String freshDatabaseUrl() {
		DataSource dataSource = freshDatabase();
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Points a test application at a new, empty database (for a
	 * {@code @DynamicPropertySource} method).
	 */
	public static void freshDatabaseFor(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestPostgres::freshDatabaseUrl);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
		}
		return server;
	}

	private static void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the temporary data folder is removed by the library.
		}
	}

}
