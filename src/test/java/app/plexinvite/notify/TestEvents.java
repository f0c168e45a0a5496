package app.plexinvite.notify;

import java.time.Instant;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.users.AccessEnded;
import app.plexinvite.users.AccessExpiringSoon;
import app.plexinvite.users.PersonState;

/**
 * The three event records that gain a {@code Locale locale} component: made here only, so
 * that change is a one-line fix per record.
 */
final class TestEvents {

	private TestEvents() {
	}

	static AccessGranted granted(long recordId, String username, Instant at) {
		return new AccessGranted(AccessGranted.Source.LINK, recordId, "Family", 4242L, username,
				username + "@example.com", 77L, true, 3L, null, at, null);
	}

	static AccessExpiringSoon expiring(long personId, String name, Instant endsAt) {
		return new AccessExpiringSoon(personId, name, name + "@example.com", endsAt, null);
	}

	static AccessEnded ended(long personId, String name, PersonState reason, Instant at) {
		return new AccessEnded(personId, name, name + "@example.com", reason, at, null);
	}

}
