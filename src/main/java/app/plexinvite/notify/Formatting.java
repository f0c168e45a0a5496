package app.plexinvite.notify;

import java.time.Duration;

/** Durations in the owner's words: "500 ms", "5 s", "2 min", "4 h". */
final class Formatting {

	private Formatting() {
	}

	static String duration(Duration duration) {
		if (duration.toMillis() < 1000) {
			return duration.toMillis() + " ms";
		}
		if (duration.toSeconds() < 120) {
			return duration.toSeconds() + " s";
		}
		if (duration.toMinutes() < 120) {
			return duration.toMinutes() + " min";
		}
		return duration.toHours() + " h";
	}

}
