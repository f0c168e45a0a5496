package app.plexinvite.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a key's token bucket is one row that every instance takes from
 * (Bucket4j's PostgreSQL backend); on SQLite it stays in memory.
 */
class SharedApiRateLimitsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	@Test
	void twoInstancesTakeFromOneBucketPerKey() {
		DataSource database = migrated(TestPostgres.freshDatabase(), "postgresql");
		ApiRateLimits first = limits(database);
		ApiRateLimits second = limits(database);

		assertThat(first.take(7).remaining()).isEqualTo(2);
		assertThat(second.take(7).remaining()).isEqualTo(1);
		assertThat(first.take(7).allowed()).isTrue();
		ApiRateLimits.Verdict refused = second.take(7);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isEqualTo(20);
		assertThat(first.take(8).allowed()).as("another key has its own bucket").isTrue();

		this.clock.advance(Duration.ofSeconds(20));
		assertThat(second.take(7).allowed()).isTrue();
		assertThat(first.take(7).allowed()).isFalse();
	}

	@Test
	void aRevokedKeysBucketIsGoneForEveryInstance() {
		DataSource database = migrated(TestPostgres.freshDatabase(), "postgresql");
		ApiRateLimits first = limits(database);
		for (int i = 0; i < 3; i++) {
			first.take(9);
		}

		limits(database).forget(9);

		assertThat(rows(database)).isZero();
		assertThat(first.take(9).remaining()).isEqualTo(2);
	}

	@Test
	void keepsBucketsInMemoryOnSqlite(@TempDir Path folder) {
		DataSource database = migrated(TestSqlite.dataSource(folder.resolve("invites.db")), "sqlite");
		ApiRateLimits first = limits(database);
		ApiRateLimits second = limits(database);
		for (int i = 0; i < 3; i++) {
			first.take(7);
		}

		assertThat(first.take(7).allowed()).isFalse();
		assertThat(second.take(7).allowed()).as("a single instance: its own memory").isTrue();
		assertThat(rows(database)).isZero();
	}

	private ApiRateLimits limits(DataSource database) {
		var beans = new StaticListableBeanFactory(Map.of("clock", this.clock));
		return new ApiRateLimits(new ApiProperties("3/minute"), beans.getBeanProvider(Clock.class), database);
	}

	private static DataSource migrated(DataSource database, String vendor) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration/" + vendor).load().migrate();
		return database;
	}

	private static int rows(DataSource database) {
		return JdbcClient.create(database)
			.sql("SELECT COUNT(*) FROM api_rate_limit_bucket")
			.query(Integer.class)
			.single();
	}

}
