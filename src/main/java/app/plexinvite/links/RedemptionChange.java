package app.plexinvite.links;

import java.time.Instant;
import java.util.List;

/**
 * One allowed step of a redemption: the status it leads to, the statuses it may come
 * from, and what it records. A returning invitee may run the join again, so a failed
 * redemption may be requested or shared anew, and a shared or accepted one shared again
 * (Plex updates the share).
 *
 * @param status the new status
 * @param from the statuses it may come from
 * @param plexShareId the share, or null to keep the recorded one
 * @param requestId the request, or null to keep the recorded one
 * @param accessEndsAt when access ends, or null to keep the recorded time
 * @param failureReason why it failed, or null
 * @param failureDetail more about the failure, or null
 */
record RedemptionChange(RedemptionStatus status, List<String> from, Long plexShareId, Long requestId,
		Instant accessEndsAt, String failureReason, String failureDetail) {

	static RedemptionChange requested(long requestId) {
		return new RedemptionChange(RedemptionStatus.REQUESTED, List.of("RESERVED", "FAILED"), null, requestId, null,
				null, null);
	}

	static RedemptionChange shared(Long plexShareId, Instant accessEndsAt) {
		return new RedemptionChange(RedemptionStatus.SHARED,
				List.of("RESERVED", "REQUESTED", "FAILED", "SHARED", "ACCEPTED"), plexShareId, null, accessEndsAt, null,
				null);
	}

	static RedemptionChange accepted() {
		return new RedemptionChange(RedemptionStatus.ACCEPTED, List.of("SHARED", "ACCEPTED"), null, null, null, null,
				null);
	}

	static RedemptionChange failed(String reason, String detail) {
		return new RedemptionChange(RedemptionStatus.FAILED, List.of("RESERVED", "REQUESTED", "SHARED", "FAILED"), null,
				null, null, reason, truncated(detail));
	}

	private static String truncated(String detail) {
		return (detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail;
	}

}
