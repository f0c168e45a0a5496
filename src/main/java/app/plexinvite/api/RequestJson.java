package app.plexinvite.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.plexinvite.invite.RequestPage;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.invite.RequestView;

/**
 * An invite request as the API shows it.
 *
 * @param id the request id
 * @param identifier the Plex username or e-mail
 * @param status where it stands
 * @param statusMeaning what that status means, in a sentence
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 * @param attempts how often the worker tried to send it
 * @param nextAttemptAt when it is tried again, or null
 * @param failureReason why it failed (a reason code), or null
 * @param failureDetail what Plex said, or null
 * @param denyReason why it was denied, or null
 */
record RequestJson(long id, String identifier, RequestStatus status, String statusMeaning, Instant createdAt,
		Instant updatedAt, int attempts, Instant nextAttemptAt, String failureReason, String failureDetail,
		String denyReason) {

	static RequestJson of(RequestView view) {
		return new RequestJson(view.id(), view.identifier(), view.status(), view.status().meaning(), view.createdAt(),
				view.updatedAt(), view.attempts(), view.nextAttemptAt(), view.failureReason(), view.failureDetail(),
				view.denyReason());
	}

	/**
	 * One page of requests, newest first.
	 *
	 * @param items the requests
	 * @param nextBefore pass as {@code before} for the next page; null on the last
	 */
	@Schema(name = "RequestPage")
	record Page(List<RequestJson> items, Long nextBefore) {

		static Page of(RequestPage page) {
			return new Page(page.items().stream().map(RequestJson::of).toList(), page.nextBefore());
		}

	}

	/**
	 * A request the caller makes for someone.
	 *
	 * @param identifier their Plex username or e-mail
	 * @param profileId the access profile to share with; null for the default one
	 * @param awaitApproval whether it waits for approval; null follows the approval
	 * setting
	 */
	@Schema(name = "NewRequest")
	record New(
			@Schema(example = "alice@example.com") @NotBlank(message = "is required") @Size(max = 254,
					message = "is longer than any Plex username or e-mail") String identifier,
			Long profileId, Boolean awaitApproval) {
	}

	/**
	 * Why a request is denied.
	 *
	 * @param reason shown on their status page, optional
	 */
	@Schema(name = "DenyRequest")
	record Deny(@Size(max = 500, message = "has at most 500 characters") String reason) {
	}

}
