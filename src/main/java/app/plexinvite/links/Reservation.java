package app.plexinvite.links;

/** The answer to "may this person take a use of the link?". */
public sealed interface Reservation permits Reservation.Reserved, Reservation.Refused {

	/**
	 * A use is theirs.
	 *
	 * @param redemptionId the redemption record
	 * @param returning they had redeemed this link before (no new use was taken)
	 */
	record Reserved(long redemptionId, boolean returning) implements Reservation {
	}

	/**
	 * No use for them.
	 *
	 * @param state why: expired, revoked or used up
	 */
	record Refused(LinkState state) implements Reservation {
	}

}
