package app.plexinvite.links;

import java.time.Instant;

/**
 * How joining with a link ended, for the invitee's welcome page.
 *
 * @param kind what happened
 * @param statusToken the request's status page token when it waits for approval, or null
 * @param messageKey a more precise message (a refused request's reason), or null
 * @param accessEndsAt when access ends, or null for unlimited
 */
record JoinOutcome(Kind kind, String statusToken, String messageKey, Instant accessEndsAt) {

	static JoinOutcome of(Kind kind) {
		return new JoinOutcome(kind, null, null, null);
	}

	static JoinOutcome joined(Instant accessEndsAt) {
		return new JoinOutcome(Kind.JOINED, null, null, accessEndsAt);
	}

	static JoinOutcome awaitingApproval(String statusToken) {
		return new JoinOutcome(Kind.AWAITING_APPROVAL, statusToken, null, null);
	}

	static JoinOutcome refused(String messageKey) {
		return new JoinOutcome(Kind.REFUSED, null, messageKey, null);
	}

	/** The outcomes; each sentence says what the invitee sees. */
	enum Kind {

		JOINED("Shared and accepted: they can watch now.", false),

		AWAITING_APPROVAL("The owner approves each person; their request waits.", false),

		CONFIRM_EMAIL("Their Plex account's e-mail is unconfirmed: confirm it, then try again.", true),

		OWN_ACCOUNT("They signed in with the owner's own account.", true),

		SIGN_IN_AGAIN("The sign-in was rejected, expired or cancelled: sign in again.", true),

		ACCEPT_PENDING("Shared, but accepting the invite failed: sign in again to retry.", true),

		LINK_CLOSED("The link expired, was revoked or used up meanwhile.", false),

		REFUSED("The request was refused (for example one is open already).", false),

		TOO_MANY_ATTEMPTS("Too many sign-ins with this link lately: try again later.", true),

		TRY_LATER("Plex is busy or cannot be reached right now: try again in a few minutes.", true),

		FAILED("Something they cannot fix went wrong; the owner sees it with the link.", false);

		private final String description;

		private final boolean retry;

		Kind(String description, boolean retry) {
			this.description = description;
			this.retry = retry;
		}

		public String description() {
			return this.description;
		}

		/** Whether the page offers "sign in again". */
		public boolean retry() {
			return this.retry;
		}

		public String messageKey() {
			return "links.outcome." + name();
		}

	}

}
