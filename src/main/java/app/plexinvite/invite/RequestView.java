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
 * @param failureDetail Plex's words, or null
 * @param denyReason why the owner denied it, or null
 */
public record RequestView(long id, String identifier, RequestStatus status, Instant createdAt, Instant updatedAt,
		int attempts, Instant nextAttemptAt, String failureReason, String failureDetail, String denyReason) {

	static RequestView of(InviteRequest request) {
		return new RequestView(request.id(), request.identifier(), request.status(), request.createdAt(),
				request.updatedAt(), request.attempts(), request.nextAttemptAt(), request.failureReason(),
				request.failureDetail(), request.denyReason());
	}

}
