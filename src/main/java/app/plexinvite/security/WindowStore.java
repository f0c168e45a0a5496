package app.plexinvite.security;

import java.util.function.Function;

/**
 * Where one limiter keeps its sliding windows per key: in memory ({@link MemoryWindows},
 * one instance on SQLite) or in the database every instance shares
 * ({@link SharedWindows}, PostgreSQL). Either way a change runs alone: nobody else reads
 * or changes that key's windows meanwhile, so a limit is never overrun by two requests
 * racing.
 */
interface WindowStore {

	/** Reads the key's windows (empty ones for a key never seen). */
	<T> T read(String key, long now, Function<SlidingWindow[], T> reading);

	/**
	 * Runs the change on the key's windows (empty ones for a new key) and keeps what it
	 * leaves; windows left with nothing inside are dropped.
	 */
	<T> T change(String key, long now, Function<SlidingWindow[], T> change);

	void forget(String key);

	/** How many keys are remembered. */
	int size();

}
