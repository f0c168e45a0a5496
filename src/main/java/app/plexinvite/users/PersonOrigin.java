package app.plexinvite.users;

/** How a person came to have access. */
public enum PersonOrigin {

	/** The public request form. */
	REQUEST,

	/** An invite link. */
	LINK,

	/** A batch of invitations (CSV). */
	BATCH,

	/**
	 * Already shared before Plex Invite knew them; never touched until the owner acts.
	 */
	IMPORTED

}
