package app.plexinvite.mail;

import java.time.Instant;
import java.util.Locale;

import app.plexinvite.users.AccessEnded;
import app.plexinvite.users.AccessExpiringSoon;
import app.plexinvite.users.PersonState;

/**
 * The events whose records gain a {@code Locale locale} component (AccessGranted,
 * AccessExpiringSoon, AccessEnded), made in one place so that change is a one-line fix
 * here.
 */
final class Events {

	private Events() {
	}

	static AccessExpiringSoon expiringSoon(long personId, String name, String email, Instant endsAt, Locale locale) {
		return new AccessExpiringSoon(personId, name, email, endsAt, locale);
	}

	static AccessEnded ended(long personId, String name, String email, PersonState reason, Instant at, Locale locale) {
		return new AccessEnded(personId, name, email, reason, at, locale);
	}

}
