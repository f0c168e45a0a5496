package app.plexinvite.invite;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static app.plexinvite.invite.RequestStatus.ALREADY_SHARED;
import static app.plexinvite.invite.RequestStatus.AWAITING_APPROVAL;
import static app.plexinvite.invite.RequestStatus.CANCELLED;
import static app.plexinvite.invite.RequestStatus.DENIED;
import static app.plexinvite.invite.RequestStatus.FAILED;
import static app.plexinvite.invite.RequestStatus.QUEUED;
import static app.plexinvite.invite.RequestStatus.SENDING;
import static app.plexinvite.invite.RequestStatus.SENT;
import static app.plexinvite.invite.RequestStatus.WAITING_RETRY;

/**
 * One person's request for an invite. The status changes only through the guarded methods
 * below, each refusing (with the current state in the message) what the state does not
 * allow. While SENDING, {@code nextAttemptAt} is the end of the worker's lease. The
 * profile is the one to share with (null: the default one when it is sent), and once
 * granted the one it was shared with; {@code accessEndsAt} null is unlimited access;
 * {@code locale} is the language of the page they used (null when unknown).
 */
record InviteRequest(Long id, String statusToken, String identifier, String identifierKey, RequestStatus status,
		int attempts, Instant nextAttemptAt, boolean ambiguous, String failureReason, String failureDetail,
		Long plexShareId, String denyReason, Instant createdAt, Instant updatedAt, Long profileId, Long linkId,
		Instant accessEndsAt, Locale locale) {

	static final int MAX_DENY_REASON = 500;

	static InviteRequest submitted(PlexIdentifier identifier, String statusToken, boolean approvalRequired,
			Instant now) {
		return submitted(identifier, statusToken, approvalRequired, null, null, null, now);
	}

	/**
	 * A request with its own profile, from an invite link the link's id, and the
	 * invitee's language.
	 */
	static InviteRequest submitted(PlexIdentifier identifier, String statusToken, boolean approvalRequired,
			Long profileId, Long linkId, Locale locale, Instant now) {
		return submitted(identifier, statusToken, approvalRequired, profileId, linkId, locale, null, now);
	}

	/**
	 * A request whose access ends at {@code accessEndsAt} (null: as its profile says,
	 * from when it is shared), e.g. a row of a batch with its own end.
	 */
	static InviteRequest submitted(PlexIdentifier identifier, String statusToken, boolean approvalRequired,
			Long profileId, Long linkId, Locale locale, Instant accessEndsAt, Instant now) {
		return new InviteRequest(null, statusToken, identifier.value(), identifier.key(),
				approvalRequired ? AWAITING_APPROVAL : QUEUED, 0, approvalRequired ? null : now, false, null, null,
				null, null, now, now, profileId, linkId, accessEndsAt, InviteeLanguage.usable(locale));
	}

	/** Whether the pipeline should send it now: queued or to retry, and its time came. */
	boolean isDue(Instant now) {
		return (this.status == QUEUED || this.status == WAITING_RETRY) && this.nextAttemptAt != null
				&& !this.nextAttemptAt.isAfter(now);
	}

	InviteRequest markSending(Instant now, Instant leaseUntil) {
		require("send", QUEUED, WAITING_RETRY);
		return change(SENDING, this.attempts + 1, leaseUntil, this.ambiguous, this.failureReason, this.failureDetail,
				now);
	}

	InviteRequest markSent(Long shareId, Instant now) {
		return granted(SENT, shareId, now);
	}

	InviteRequest markAlreadyShared(Long shareId, Instant now) {
		return granted(ALREADY_SHARED, shareId, now);
	}

	InviteRequest scheduleRetry(String reason, String detail, boolean mayHaveReachedPlex, Instant at, Instant now) {
		require("schedule a retry of", SENDING);
		return change(WAITING_RETRY, this.attempts, at, this.ambiguous || mayHaveReachedPlex, reason, detail, now);
	}

	/** The worker stopped while sending: Plex may or may not have the invite. */
	InviteRequest markAmbiguous(String detail, Instant now) {
		require("recover", SENDING);
		return change(WAITING_RETRY, this.attempts, now, true, "INTERRUPTED", detail, now);
	}

	/** No libraries chosen yet: stays queued, visibly, until the owner chooses. */
	InviteRequest awaitConfiguration(String detail, Instant at, Instant now) {
		require("park", QUEUED, WAITING_RETRY);
		return change(QUEUED, this.attempts, at, this.ambiguous, "NOT_CONFIGURED", detail, now);
	}

	InviteRequest fail(String reason, String detail, Instant now) {
		require("fail", SENDING);
		return change(FAILED, this.attempts, null, this.ambiguous, reason, detail, now);
	}

	InviteRequest approve(Instant now) {
		require("approve", AWAITING_APPROVAL);
		return change(QUEUED, this.attempts, now, this.ambiguous, null, null, now);
	}

	InviteRequest deny(String reason, Instant now) {
		require("deny", AWAITING_APPROVAL);
		String trimmed = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (trimmed != null && trimmed.length() > MAX_DENY_REASON) {
			throw new IllegalArgumentException("A deny reason has at most " + MAX_DENY_REASON + " characters");
		}
		return new InviteRequest(this.id, this.statusToken, this.identifier, this.identifierKey, DENIED, this.attempts,
				null, this.ambiguous, null, null, null, trimmed, this.createdAt, now, this.profileId, this.linkId,
				this.accessEndsAt, this.locale);
	}

	InviteRequest cancel(Instant now) {
		require("cancel", QUEUED, WAITING_RETRY, AWAITING_APPROVAL);
		return change(CANCELLED, this.attempts, null, this.ambiguous, this.failureReason, this.failureDetail, now);
	}

	/** Back into the queue now; an ambiguous request stays ambiguous (checked first). */
	InviteRequest requeue(Instant now) {
		require("retry", FAILED, WAITING_RETRY);
		return change(QUEUED, this.attempts, now, this.ambiguous, this.failureReason, this.failureDetail, now);
	}

	InviteRequest withId(long newId) {
		return new InviteRequest(newId, this.statusToken, this.identifier, this.identifierKey, this.status,
				this.attempts, this.nextAttemptAt, this.ambiguous, this.failureReason, this.failureDetail,
				this.plexShareId, this.denyReason, this.createdAt, this.updatedAt, this.profileId, this.linkId,
				this.accessEndsAt, this.locale);
	}

	private InviteRequest granted(RequestStatus outcome, Long shareId, Instant now) {
		require("record the outcome of", SENDING);
		return new InviteRequest(this.id, this.statusToken, this.identifier, this.identifierKey, outcome, this.attempts,
				null, false, null, null, shareId, null, this.createdAt, now, this.profileId, this.linkId,
				this.accessEndsAt, this.locale);
	}

	/** Records which profile a granted request was shared with and when access ends. */
	InviteRequest grantedWith(long usedProfileId, Instant endsAt) {
		require("record the profile of", SENT, ALREADY_SHARED);
		return new InviteRequest(this.id, this.statusToken, this.identifier, this.identifierKey, this.status,
				this.attempts, this.nextAttemptAt, this.ambiguous, this.failureReason, this.failureDetail,
				this.plexShareId, this.denyReason, this.createdAt, this.updatedAt, usedProfileId, this.linkId, endsAt,
				this.locale);
	}

	private InviteRequest change(RequestStatus next, int newAttempts, Instant at, boolean isAmbiguous, String reason,
			String detail, Instant now) {
		return new InviteRequest(this.id, this.statusToken, this.identifier, this.identifierKey, next, newAttempts, at,
				isAmbiguous, reason, detail, this.plexShareId, this.denyReason, this.createdAt, now, this.profileId,
				this.linkId, this.accessEndsAt, this.locale);
	}

	private void require(String action, RequestStatus first, RequestStatus... others) {
		Set<RequestStatus> allowed = EnumSet.of(first, others);
		if (!allowed.contains(this.status)) {
			throw new IllegalStateException("Cannot " + action + " request " + this.id + ": it is " + this.status
					+ " (only " + allowed + " can)");
		}
	}

}
