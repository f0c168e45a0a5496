package app.plexinvite.security;

/**
 * An exact sliding window: the times of the last {@code count} admitted requests in a
 * ring. A new one is admitted only when fewer than {@code count} fall inside the last
 * {@code window}, so "5 per minute" never lets a sixth through inside any 60 seconds (a
 * token bucket with greedy refill would let nine through in the first minute). Memory is
 * fixed: one long per allowed request.
 */
final class SlidingWindow {

	private final long windowMillis;

	private final long[] times;

	private int next;

	private int size;

	SlidingWindow(RateLimit limit) {
		this.windowMillis = limit.window().toMillis();
		this.times = new long[limit.count()];
	}

	/**
	 * The window as it was, from the times it recorded (oldest first, as {@link #times()}
	 * gives them); only the latest {@code count} are kept.
	 */
	SlidingWindow(RateLimit limit, long[] recorded) {
		this(limit);
		for (int i = Math.max(0, recorded.length - this.times.length); i < recorded.length; i++) {
			record(recorded[i]);
		}
	}

	/** Milliseconds until one more request fits; 0 when it fits now. */
	long waitMillis(long now) {
		if (this.size < this.times.length) {
			return 0;
		}
		long oldest = this.times[this.next];
		return Math.max(0, oldest + this.windowMillis - now);
	}

	void record(long now) {
		this.times[this.next] = now;
		this.next = (this.next + 1) % this.times.length;
		this.size = Math.min(this.size + 1, this.times.length);
	}

	/** How many recorded requests fall inside the window ending now. */
	int count(long now) {
		int inside = 0;
		for (int i = 0; i < this.size; i++) {
			if (this.times[i] > now - this.windowMillis) {
				inside++;
			}
		}
		return inside;
	}

	/** The recorded times, oldest first. */
	long[] times() {
		long[] recorded = new long[this.size];
		int oldest = (this.size < this.times.length) ? 0 : this.next;
		for (int i = 0; i < this.size; i++) {
			recorded[i] = this.times[(oldest + i) % this.times.length];
		}
		return recorded;
	}

	/** Whether nothing recorded is inside the window any more. */
	boolean idle(long now) {
		return count(now) == 0;
	}

}
