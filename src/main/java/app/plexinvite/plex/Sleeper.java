package app.plexinvite.plex;

import java.time.Duration;

/** Waits between attempts; tests pass a recorder so they never sleep for real. */
@FunctionalInterface
interface Sleeper {

	Sleeper REAL = (duration) -> Thread.sleep(duration);

	void sleep(Duration duration) throws InterruptedException;

}
