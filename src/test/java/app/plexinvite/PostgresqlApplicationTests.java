package app.plexinvite;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.plexinvite.support.AppTest;
import app.plexinvite.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on PostgreSQL (what DATABASE_URL selects), migrated by the
 * postgresql folder.
 */
@AppTest
class PostgresqlApplicationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.freshDatabaseFor(registry);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void startsOnPostgresqlWithTheSchemaMigrated() {
		assertThat(this.jdbc.sql("SELECT current_database()").query(String.class).single()).startsWith("test_");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
			.isPositive();
		assertThat(this.jdbc.sql("SELECT count(*) FROM plex_installation").query(Integer.class).single())
			.isLessThanOrEqualTo(1);
	}

}
