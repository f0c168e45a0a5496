package app.plexinvite.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sliding-window limits per key (a client, an account, or one key for everyone), kept in
 * a {@link WindowStore}: this process's memory, or on PostgreSQL the database, so that
 * every instance counts against the same limits.
 */
final class RateLimiter {

	private final Clock clock;

	private final WindowStore store;

	/** In memory, remembering at most {@code maxKeys} keys. */
	RateLimiter(List<RateLimit> limits, Clock clock, int maxKeys) {
		this(clock, new MemoryWindows(limits, maxKeys));
	}

	RateLimiter(Clock clock, WindowStore store) {
		this.clock = clock;
		this.store = store;
	}

	/**
	 * Counts one request for the key when every limit allows it; otherwise counts nothing
	 * and answers how long until it would be allowed.
	 */
	Optional<Duration> tryAcquire(String key) {
		long now = this.clock.millis();
		long wait = this.store.change(key, now, (windows) -> {
			long needed = waitMillis(windows, now);
			if (needed == 0) {
				record(windows, now);
			}
			return needed;
		});
		return asWait(wait);
	}

	/** How long until one more request for the key is allowed; empty when it is now. */
	Optional<Duration> waitFor(String key) {
		long now = this.clock.millis();
		return asWait(this.store.read(key, now, (windows) -> waitMillis(windows, now)));
	}

	/** Counts one request for the key, whatever the limits say. */
	void record(String key) {
		long now = this.clock.millis();
		this.store.change(key, now, (windows) -> {
			record(windows, now);
			return null;
		});
	}

	/** How many requests for the key fall inside the first limit's window. */
	int recent(String key) {
		long now = this.clock.millis();
		return this.store.read(key, now, (windows) -> windows[0].count(now));
	}

	void forget(String key) {
		this.store.forget(key);
	}

	int size() {
		return this.store.size();
	}

	private static long waitMillis(SlidingWindow[] windows, long now) {
		long wait = 0;
		for (SlidingWindow window : windows) {
			wait = Math.max(wait, window.waitMillis(now));
		}
		return wait;
	}

	private static void record(SlidingWindow[] windows, long now) {
		for (SlidingWindow window : windows) {
			window.record(now);
		}
	}

	private static Optional<Duration> asWait(long millis) {
		return (millis > 0) ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
	}

}
