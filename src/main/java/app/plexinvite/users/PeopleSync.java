package app.plexinvite.users;

import org.springframework.stereotype.Component;

/**
 * Reads who has access from plex.tv and merges it into the people list safely (SYNC
 * helper).
 */
@Component
class PeopleSync {

	SyncStatus status() {
		throw new UnsupportedOperationException("skeleton");
	}

	/** Runs a sync now unless one started less than people.sync-min-gap ago. */
	SyncResult syncNow() {
		throw new UnsupportedOperationException("skeleton");
	}

	/** Undoes "gone": back to the state before, counting missing syncs from zero. */
	ActionResult undoGone(long id) {
		throw new UnsupportedOperationException("skeleton");
	}

}
