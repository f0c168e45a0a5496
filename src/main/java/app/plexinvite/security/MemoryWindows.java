package app.plexinvite.security;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sliding windows in this process's memory, for a single instance. Memory is bounded:
 * keys whose windows are empty are dropped, and beyond {@code maxKeys} the least recently
 * used key is forgotten.
 */
final class MemoryWindows implements WindowStore {

	private final List<RateLimit> limits;

	private final Map<String, SlidingWindow[]> windows;

	MemoryWindows(List<RateLimit> limits, int maxKeys) {
		this.limits = List.copyOf(limits);
		this.windows = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, SlidingWindow[]> eldest) {
				return size() > maxKeys;
			}
		};
	}

	@Override
	public synchronized <T> T read(String key, long now, Function<SlidingWindow[], T> reading) {
		forgetIdle(now);
		SlidingWindow[] keyWindows = this.windows.get(key);
		return reading.apply((keyWindows != null) ? keyWindows : newWindows());
	}

	@Override
	public synchronized <T> T change(String key, long now, Function<SlidingWindow[], T> change) {
		forgetIdle(now);
		SlidingWindow[] keyWindows = this.windows.get(key);
		SlidingWindow[] changed = (keyWindows != null) ? keyWindows : newWindows();
		T result = change.apply(changed);
		if (keyWindows == null && !idle(changed, now)) {
			this.windows.put(key, changed);
		}
		return result;
	}

	@Override
	public synchronized void forget(String key) {
		this.windows.remove(key);
	}

	@Override
	public synchronized int size() {
		return this.windows.size();
	}

	private SlidingWindow[] newWindows() {
		return this.limits.stream().map(SlidingWindow::new).toArray(SlidingWindow[]::new);
	}

	/** Drops keys from the least recently used end while their windows are empty. */
	private void forgetIdle(long now) {
		Iterator<SlidingWindow[]> eldest = this.windows.values().iterator();
		while (eldest.hasNext() && idle(eldest.next(), now)) {
			eldest.remove();
		}
	}

	private static boolean idle(SlidingWindow[] windows, long now) {
		for (SlidingWindow window : windows) {
			if (!window.idle(now)) {
				return false;
			}
		}
		return true;
	}

}
