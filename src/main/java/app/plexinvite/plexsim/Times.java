package app.plexinvite.plexsim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time formats of plex.tv (plex-protocol.md §0.2). */
final class Times {

	private Times() {
	}

	/**
	 * v2 resources and pins: "2019-06-24T11:38:02Z" (PPA parses "%Y-%m-%dT%H:%M:%SZ").
	 */
	static String iso(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS).toString() : null;
	}

	/** v1 XML and v2 user: epoch seconds. */
	static Long epoch(Instant instant) {
		return (instant != null) ? instant.getEpochSecond() : null;
	}

}
