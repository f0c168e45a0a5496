package app.plexinvite.invite;

import java.time.Instant;

/**
 * A request that came from an invite link reached an end: shared (SENT or
 * ALREADY_SHARED), or not (FAILED, DENIED, CANCELLED). Published after the change is
 * stored, so the link's redemption can follow.
 *
 * @param requestId the request
 * @param linkId the link it came from
 * @param status its status now
 * @param plexShareId the share, when shared and known
 * @param accessEndsAt when the access ends, when shared with a limited profile
 */
public record LinkedRequestSettled(long requestId, long linkId, RequestStatus status, Long plexShareId,
		Instant accessEndsAt) {

	/**
	 * The event for a stored request, or null when it is not from a link or not settled.
	 */
	static LinkedRequestSettled of(InviteRequest request) {
		boolean settled = switch (request.status()) {
			case SENT, ALREADY_SHARED, FAILED, DENIED, CANCELLED -> true;
			default -> false;
		};
		return (settled && request.linkId() != null) ? new LinkedRequestSettled(request.id(), request.linkId(),
				request.status(), request.plexShareId(), request.accessEndsAt()) : null;
	}

	/** Whether the person got access. */
	public boolean shared() {
		return this.status == RequestStatus.SENT || this.status == RequestStatus.ALREADY_SHARED;
	}

}
