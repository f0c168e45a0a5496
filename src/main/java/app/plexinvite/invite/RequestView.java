package app.plexinvite.invite;

import java.time.Instant;

/**
 * A request as the owner's dashboard shows it.
 *
 * @param id the request id
 * @param identifier the Plex username or e-mail as typed
 * @param status where it stands
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 * @param attempts how often the worker tried to send it
 * @param nextAttemptAt when it is tried again, or null
 * @param failureReason a {@code PlexException.Reason} name (or INTERRUPTED) or null
 * @param failureDetail Plex's words (or Plex Invite's own, see
 * {@link #failureDetailKey}), or null
 * @param denyReason why the owner denied it, or null
 */
public record RequestView(long id, String identifier, RequestStatus status, Instant createdAt, Instant updatedAt,
		int attempts, Instant nextAttemptAt, String failureReason, String failureDetail, String denyReason) {

	static RequestView of(InviteRequest request) {
		return new RequestView(request.id(), request.identifier(), request.status(), request.createdAt(),
				request.updatedAt(), request.attempts(), request.nextAttemptAt(), request.failureReason(),
				request.failureDetail(), request.denyReason());
	}

	/**
	 * The message key of a detail Plex Invite wrote itself (shown in the page's
	 * language), or null for Plex's own words, which are shown as they are.
	 */
	public String failureDetailKey() {
		if (InvitePipeline.WAITING_FOR_LIBRARIES.equals(this.failureDetail)) {
			return "admin.requests.detail.waitingForLibraries";
		}
		return InvitePipeline.INTERRUPTED.equals(this.failureDetail) ? "admin.requests.detail.interrupted" : null;
	}

}
