package app.plexinvite.users;

import java.time.Instant;

/**
 * One stretch of time someone held a share of the server (invited or accepted), for the
 * statistics page.
 *
 * @param start when it began
 * @param end when it ended (removed, expired, cancelled, gone), or null while it lasts
 */
public record AccessSpan(Instant start, Instant end) {

	/** Whether they held the share at this instant. */
	public boolean covers(Instant instant) {
		return !this.start.isAfter(instant) && (this.end == null || this.end.isAfter(instant));
	}

}
