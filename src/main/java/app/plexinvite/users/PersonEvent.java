package app.plexinvite.users;

import java.time.Instant;

/**
 * One line of a person's history.
 *
 * @param at when
 * @param kind what happened
 * @param actor who: "owner &lt;name&gt;", "job &lt;name&gt;", "sync", or the feature that
 * shared
 * @param detail what exactly, in English (libraries, dates, Plex's reason), or null
 */
public record PersonEvent(Instant at, Kind kind, String actor, String detail) {

	/** What can happen to a person. */
	public enum Kind {

		SHARED, ACCEPTED, IMPORTED, REVOKED, INVITE_CANCELLED, INVITE_RESENT, ACCESS_GIVEN_AGAIN, ACCESS_CHANGED,
		EXPIRY_SET, EXPIRY_CLEARED, EXPIRY_WARNED, EXPIRED, EXPIRY_FAILED, NOTE_CHANGED, MARKED_GONE, GONE_UNDONE,
		BACK_ON_PLEX

	}

}
