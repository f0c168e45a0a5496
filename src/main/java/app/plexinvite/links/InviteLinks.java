package app.plexinvite.links;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * SKELETON (i4-base): the links helper implements these (and adds the owner's methods);
 * the invitee-flow helper calls them.
 */
@Component
public class InviteLinks {

	/** Case-insensitive; any state. */
	public Optional<InviteLink> findByCode(String code) {
		throw new UnsupportedOperationException();
	}

	/**
	 * Counts a sign-in attempt; false when a custom-code link's attempt budget is spent.
	 */
	public boolean tryAttempt(InviteLink link) {
		throw new UnsupportedOperationException();
	}

	/**
	 * Takes a use for the invitee in one conditional UPDATE (exactly once per use under
	 * any concurrency, SQLite and PostgreSQL). Someone who redeemed this link before gets
	 * their redemption back without taking another use, unless it is revoked or expired.
	 */
	public Reservation reserve(InviteLink link, Invitee invitee) {
		throw new UnsupportedOperationException();
	}

	/** Gives the use back (nothing was sent to Plex) and deletes the redemption. */
	public void release(long redemptionId) {
		throw new UnsupportedOperationException();
	}

	public void recordRequested(long redemptionId, long requestId) {
		throw new UnsupportedOperationException();
	}

	public void recordShared(long redemptionId, Long plexShareId, Instant accessEndsAt) {
		throw new UnsupportedOperationException();
	}

	public void recordAccepted(long redemptionId) {
		throw new UnsupportedOperationException();
	}

	public void recordFailed(long redemptionId, String reason, String detail) {
		throw new UnsupportedOperationException();
	}

	public Optional<Redemption> redemption(long id) {
		throw new UnsupportedOperationException();
	}

}
