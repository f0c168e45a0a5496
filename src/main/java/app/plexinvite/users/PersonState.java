package app.plexinvite.users;

/** Where a person stands with the server. */
public enum PersonState {

	/** Invited; the invite is not accepted yet. */
	PENDING,

	/** They have access. */
	ACCEPTED,

	/** Their access ended at its end date and was removed. */
	EXPIRED,

	/** The owner removed their access (or cancelled their invite) here. */
	REVOKED,

	/**
	 * plex.tv no longer lists them (two complete syncs in a row agreed); the owner may
	 * undo it.
	 */
	GONE;

	/** Whether they hold a share on Plex (as far as we know). */
	public boolean holdsShare() {
		return this == PENDING || this == ACCEPTED;
	}

}
