package app.plexinvite.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * For the few tests where real time cannot be avoided (other threads, child processes):
 * looks at a condition every few milliseconds until it holds, failing at a deadline.
 * Never a fixed wait.
 */
public final class Eventually {

	private static final Duration POLL = Duration.ofMillis(20);

	private Eventually() {
	}

	public static void until(String what, Duration deadline, BooleanSupplier condition) {
		long end = System.nanoTime() + deadline.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("Not within " + deadline + ": " + what);
			}
			LockSupport.parkNanos(POLL.toNanos());
		}
	}

}
