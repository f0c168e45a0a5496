package app.plexinvite.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sliding windows in the database every instance shares (PostgreSQL): one row per limiter
 * and key holding the times of the latest requests that still count. A change locks the
 * row (an upsert that returns it, in a short transaction, as Bucket4j's select-for-update
 * proxy manager locks its row), so requests to several instances are counted one after
 * the other with exactly the in-memory semantics of {@link SlidingWindow}. Rows whose
 * times no longer count are deleted at most once a {@link #CLEANUP_EVERY}.
 */
final class SharedWindows implements WindowStore {

	static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

	private final String limiter;

	private final List<RateLimit> limits;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	/** The longest window: a time older than this counts for no limit. */
	private final long longestMillis;

	/** The limit remembering the most times; its times cover every other limit's. */
	private final int widest;

	private final AtomicLong nextCleanup = new AtomicLong();

	SharedWindows(String limiter, List<RateLimit> limits, JdbcClient jdbc, TransactionOperations transactions) {
		this.limiter = limiter;
		this.limits = List.copyOf(limits);
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.longestMillis = this.limits.stream().mapToLong((limit) -> limit.window().toMillis()).max().orElseThrow();
		this.widest = this.limits
			.indexOf(this.limits.stream().max(Comparator.comparingInt(RateLimit::count)).orElseThrow());
	}

	@Override
	public <T> T read(String key, long now, Function<SlidingWindow[], T> reading) {
		Optional<String> times = this.jdbc
			.sql("SELECT times FROM rate_limit_window WHERE limiter = ? AND client_key = ?")
			.params(this.limiter, key)
			.query(String.class)
			.optional();
		return reading.apply(windows(times.orElse("")));
	}

	@Override
	public <T> T change(String key, long now, Function<SlidingWindow[], T> change) {
		T result = this.transactions.execute((status) -> {
			SlidingWindow[] windows = windows(lockRow(key));
			T changed = change.apply(windows);
			keep(key, windows, now);
			return changed;
		});
		cleanUpIfDue(now);
		return result;
	}

	@Override
	public void forget(String key) {
		this.jdbc.sql("DELETE FROM rate_limit_window WHERE limiter = ? AND client_key = ?")
			.params(this.limiter, key)
			.update();
	}

	@Override
	public int size() {
		return this.jdbc.sql("SELECT COUNT(*) FROM rate_limit_window WHERE limiter = ?")
			.param(this.limiter)
			.query(Integer.class)
			.single();
	}

	/**
	 * The key's row, locked until the transaction ends; created empty if missing. One
	 * statement: an upsert locks the row it inserts or finds, so a concurrent first
	 * insert or delete of the same key cannot slip in between (PostgreSQL returns the row
	 * as it is after the no-op update).
	 */
	private String lockRow(String key) {
		return this.jdbc.sql("""
				INSERT INTO rate_limit_window (limiter, client_key, times, expires_at) VALUES (?, ?, '', 0)
				ON CONFLICT (limiter, client_key) DO UPDATE SET limiter = EXCLUDED.limiter
				RETURNING times""").params(this.limiter, key).query(String.class).single();
	}

	/** Writes back the times that still count, or deletes the row when none does. */
	private void keep(String key, SlidingWindow[] windows, long now) {
		long[] counting = Arrays.stream(windows[this.widest].times())
			.filter((time) -> time > now - this.longestMillis)
			.toArray();
		if (counting.length == 0) {
			forget(key);
			return;
		}
		this.jdbc.sql("UPDATE rate_limit_window SET times = ?, expires_at = ? WHERE limiter = ? AND client_key = ?")
			.params(Arrays.stream(counting).mapToObj(Long::toString).collect(Collectors.joining(",")),
					counting[counting.length - 1] + this.longestMillis, this.limiter, key)
			.update();
	}

	private SlidingWindow[] windows(String stored) {
		long[] times = stored.isEmpty() ? new long[0]
				: Arrays.stream(stored.split(",")).mapToLong(Long::parseLong).toArray();
		return this.limits.stream().map((limit) -> new SlidingWindow(limit, times)).toArray(SlidingWindow[]::new);
	}

	private void cleanUpIfDue(long now) {
		long due = this.nextCleanup.get();
		if (now >= due && this.nextCleanup.compareAndSet(due, now + CLEANUP_EVERY.toMillis())) {
			this.jdbc.sql("DELETE FROM rate_limit_window WHERE limiter = ? AND expires_at <= ?")
				.params(this.limiter, now)
				.update();
		}
	}

}
