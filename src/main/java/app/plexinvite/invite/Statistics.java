package app.plexinvite.invite;

import java.time.LocalDate;
import java.util.List;

/**
 * Request counts for the dashboard.
 *
 * @param total every request
 * @param sent SENT and ALREADY_SHARED
 * @param waiting QUEUED, SENDING, WAITING_RETRY and AWAITING_APPROVAL
 * @param failed FAILED
 * @param lastThirtyDays one entry per UTC day, oldest first, today last
 */
public record Statistics(long total, long sent, long waiting, long failed, List<DayCount> lastThirtyDays) {

	public Statistics {
		lastThirtyDays = List.copyOf(lastThirtyDays);
	}

	/**
	 * One day.
	 *
	 * @param day the UTC day
	 * @param requests requests submitted that day
	 * @param sent of those, the ones that got access
	 */
	public record DayCount(LocalDate day, long requests, long sent) {
	}

}
