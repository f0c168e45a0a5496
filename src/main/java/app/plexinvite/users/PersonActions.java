package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import org.springframework.stereotype.Component;

/** The owner's actions on people, applied to Plex through the client (ACT helper). */
@Component
class PersonActions {

	ActionResult revoke(long id) {
		throw new UnsupportedOperationException("skeleton");
	}

	ActionResult cancelInvite(long id) {
		throw new UnsupportedOperationException("skeleton");
	}

	ActionResult resendInvite(long id) {
		throw new UnsupportedOperationException("skeleton");
	}

	ActionResult giveAccessAgain(long id) {
		throw new UnsupportedOperationException("skeleton");
	}

	ActionResult changeProfile(long id, long profileId) {
		throw new UnsupportedOperationException("skeleton");
	}

	ActionResult changeAccess(long id, AccessChoice choice) {
		throw new UnsupportedOperationException("skeleton");
	}

	ActionResult setExpiry(long id, Instant endsAt) {
		throw new UnsupportedOperationException("skeleton");
	}

	ActionResult extendExpiry(long id, Duration by) {
		throw new UnsupportedOperationException("skeleton");
	}

	ActionResult saveNote(long id, String note) {
		throw new UnsupportedOperationException("skeleton");
	}

	BulkResult bulk(BulkAction action, Collection<Long> ids) {
		throw new UnsupportedOperationException("skeleton");
	}

}
