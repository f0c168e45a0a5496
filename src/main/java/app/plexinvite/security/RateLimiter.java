package app.plexinvite.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sliding-window limits per key (a client, an account, or one key for everyone). Memory
 * is bounded: keys whose windows are empty are dropped, and beyond {@code maxKeys} the
 * least recently used key is forgotten.
 */
final class RateLimiter {

	private final List<RateLimit> limits;

	private final Clock clock;

	private final Map<String, SlidingWindow[]> windows;

	RateLimiter(List<RateLimit> limits, Clock clock, int maxKeys) {
		this.limits = List.copyOf(limits);
		this.clock = clock;
		this.windows = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, SlidingWindow[]> eldest) {
				return size() > maxKeys;
			}
		};
	}

	/**
	 * Counts one request for the key when every limit allows it; otherwise counts nothing
	 * and answers how long until it would be allowed.
	 */
	synchronized Optional<Duration> tryAcquire(String key) {
		Optional<Duration> wait = waitFor(key);
		if (wait.isEmpty()) {
			record(key);
		}
		return wait;
	}

	/** How long until one more request for the key is allowed; empty when it is now. */
	synchronized Optional<Duration> waitFor(String key) {
		long now = this.clock.millis();
		forgetIdle(now);
		SlidingWindow[] keyWindows = this.windows.get(key);
		long wait = 0;
		for (int i = 0; keyWindows != null && i < keyWindows.length; i++) {
			wait = Math.max(wait, keyWindows[i].waitMillis(now));
		}
		return (wait > 0) ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
	}

	/** Counts one request for the key, whatever the limits say. */
	synchronized void record(String key) {
		long now = this.clock.millis();
		for (SlidingWindow window : this.windows.computeIfAbsent(key, (k) -> newWindows())) {
			window.record(now);
		}
	}

	/** How many requests for the key fall inside the first limit's window. */
	synchronized int recent(String key) {
		SlidingWindow[] keyWindows = this.windows.get(key);
		return (keyWindows != null) ? keyWindows[0].count(this.clock.millis()) : 0;
	}

	synchronized void forget(String key) {
		this.windows.remove(key);
	}

	synchronized int size() {
		return this.windows.size();
	}

	private SlidingWindow[] newWindows() {
		return this.limits.stream().map(SlidingWindow::new).toArray(SlidingWindow[]::new);
	}

	/** Drops keys from the least recently used end while their windows are empty. */
	private void forgetIdle(long now) {
		Iterator<SlidingWindow[]> eldest = this.windows.values().iterator();
		while (eldest.hasNext()) {
			SlidingWindow[] candidate = eldest.next();
			for (SlidingWindow window : candidate) {
				if (!window.idle(now)) {
					return;
				}
			}
			eldest.remove();
		}
	}

}
