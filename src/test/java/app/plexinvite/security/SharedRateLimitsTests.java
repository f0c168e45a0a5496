package app.plexinvite.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL two instances (here two independent sets of limiters on one database)
 * count against the same sliding windows, with exactly the in-memory semantics.
 */
class SharedRateLimitsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private DataSource database;

	private RateLimiters first;

	private RateLimiters second;

	@BeforeEach
	void twoInstancesOnOneDatabase() {
		this.database = TestPostgres.freshDatabase();
		Flyway.configure().dataSource(this.database).locations("classpath:db/migration/postgresql").load().migrate();
		this.first = RateLimiters.forDatabase(this.database, this.clock);
		this.second = RateLimiters.forDatabase(this.database, this.clock);
	}

	@Test
	void requestsToEitherInstanceCountAgainstOneSlidingWindow() {
		RateLimiter a = this.first.create("invite", RateLimit.parseAll("5/minute;7/hour"), 100);
		RateLimiter b = this.second.create("invite", RateLimit.parseAll("5/minute;7/hour"), 100);
		for (int i = 0; i < 5; i++) {
			this.clock.advance(Duration.ofSeconds(1));
			assertThat(((i % 2 == 0) ? a : b).tryAcquire("203.0.113.9")).isEmpty();
		}

		assertThat(b.tryAcquire("203.0.113.9")).contains(Duration.ofSeconds(56));
		assertThat(a.waitFor("203.0.113.9")).contains(Duration.ofSeconds(56));
		assertThat(a.tryAcquire("198.51.100.1")).isEmpty();

		this.clock.advance(Duration.ofSeconds(56));
		assertThat(b.tryAcquire("203.0.113.9")).isEmpty();
		assertThat(a.tryAcquire("203.0.113.9")).contains(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(a.tryAcquire("203.0.113.9")).isEmpty();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(b.tryAcquire("203.0.113.9")).as("7 in the hour").contains(Duration.ofSeconds(3239));
	}

	@Test
	void limitersWithOtherNamesCountApart() {
		RateLimiter invite = this.first.create("invite", RateLimit.parseAll("1/minute"), 100);
		RateLimiter pages = this.second.create("public", RateLimit.parseAll("1/minute"), 100);

		assertThat(invite.tryAcquire("203.0.113.9")).isEmpty();
		assertThat(pages.tryAcquire("203.0.113.9")).isEmpty();
		assertThat(invite.tryAcquire("203.0.113.9")).isPresent();
	}

	@Test
	void concurrentRequestsThroughBothInstancesNeverOverrunTheLimit() throws Exception {
		RateLimiter a = this.first.create("invite-total", RateLimit.parseAll("10/hour"), 1);
		RateLimiter b = this.second.create("invite-total", RateLimit.parseAll("10/hour"), 1);
		List<Callable<Boolean>> requests = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			RateLimiter instance = (i % 2 == 0) ? a : b;
			requests.add(() -> instance.tryAcquire("all").isEmpty());
		}
		int admitted = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
			for (Future<Boolean> result : pool.invokeAll(requests)) {
				admitted += result.get() ? 1 : 0;
			}
		}

		assertThat(admitted).isEqualTo(10);
		assertThat(a.recent("all")).isEqualTo(10);
	}

	@Test
	void failedSignInsOnOneInstanceLockTheClientOutOnTheOther() {
		LoginThrottle one = new LoginThrottle(this.first);
		LoginThrottle other = new LoginThrottle(this.second);
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES - 1; i++) {
			one.failed("203.0.113.9", "Owner");
		}
		assertThat(other.lockedOut("203.0.113.9", "owner")).isFalse();

		other.failed("203.0.113.9", "owner");

		assertThat(one.lockedOut("203.0.113.9", "OWNER")).isTrue();
		assertThat(one.delayFor("owner")).isZero();
		for (int i = 0; i < 3; i++) {
			one.failed("198.51.100." + i, "owner");
		}
		assertThat(other.delayFor("owner")).isEqualTo(LoginThrottle.STEP.multipliedBy(3));
		other.succeeded("203.0.113.9", "owner");
		assertThat(one.lockedOut("203.0.113.9", "owner")).isFalse();
	}

	@Test
	void codeGuessesAreCountedOnceForEveryInstance() {
		LoginThrottle one = new LoginThrottle(this.first);
		LoginThrottle other = new LoginThrottle(this.second);
		for (int i = 0; i < LoginThrottle.SECOND_FACTOR_FAILURES; i++) {
			assertThat(((i % 2 == 0) ? one : other).tryGuess("owner")).isTrue();
		}

		assertThat(one.tryGuess("owner")).isFalse();
		assertThat(other.tryGuess("owner")).isFalse();
		one.guessedRight("owner");
		assertThat(other.tryGuess("owner")).isTrue();
	}

	@Test
	void keepsOnlyTimesThatStillCountAndDeletesRowsThatNoLongerDo() {
		RateLimiter a = this.first.create("public", RateLimit.parseAll("3/minute"), 100);
		RateLimiter b = this.second.create("public", RateLimit.parseAll("3/minute"), 100);
		a.tryAcquire("203.0.113.9");
		this.clock.advance(Duration.ofSeconds(30));
		a.tryAcquire("203.0.113.9");
		this.clock.advance(Duration.ofSeconds(40));
		b.tryAcquire("203.0.113.9");
		assertThat(stored("203.0.113.9")).contains("1777629630000,1777629670000");

		b.tryAcquire("198.51.100.1");
		this.clock.advance(SharedWindows.CLEANUP_EVERY.plusSeconds(60));
		a.tryAcquire("192.0.2.1");

		assertThat(stored("203.0.113.9")).isEmpty();
		assertThat(stored("198.51.100.1")).isEmpty();
		assertThat(a.size()).isOne();
		assertThat(b.waitFor("203.0.113.9")).isEqualTo(Optional.empty());
	}

	private Optional<String> stored(String key) {
		return JdbcClient.create(this.database)
			.sql("SELECT times FROM rate_limit_window WHERE limiter = 'public' AND client_key = ?")
			.param(key)
			.query(String.class)
			.optional();
	}

}
