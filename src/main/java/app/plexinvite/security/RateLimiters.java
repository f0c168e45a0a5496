package app.plexinvite.security;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.jdbc.Database;

/**
 * Makes the sliding-window limiters: in memory on SQLite (a single instance), in the
 * shared database on PostgreSQL, so that every instance behind a load balancer counts
 * against the same limits. Each limiter has its own name in the database.
 */
final class RateLimiters {

	private final Clock clock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private RateLimiters(Clock clock, JdbcClient jdbc, TransactionTemplate transactions) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	static RateLimiters inMemory(Clock clock) {
		return new RateLimiters(clock, null, null);
	}

	/** In the database when it is PostgreSQL, else in memory. */
	static RateLimiters forDatabase(DataSource dataSource, Clock clock) {
		return Database.of(dataSource).shared() ? shared(dataSource, clock) : inMemory(clock);
	}

	static RateLimiters shared(DataSource dataSource, Clock clock) {
		return new RateLimiters(clock, JdbcClient.create(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
	}

	/**
	 * @param name the limiter's name in the database, unique among limiters
	 * @param maxKeys in memory, how many keys are remembered (the least recently used are
	 * forgotten beyond it)
	 */
	RateLimiter create(String name, List<RateLimit> limits, int maxKeys) {
		WindowStore store = (this.jdbc != null) ? new SharedWindows(name, limits, this.jdbc, this.transactions)
				: new MemoryWindows(limits, maxKeys);
		return new RateLimiter(this.clock, store);
	}

}
