package app.plexinvite.links;

import java.time.Instant;
import java.util.Locale;

/**
 * One "Sign in with Plex" on a link, as table plex_sign_in keeps it for every instance
 * (never the token).
 *
 * @param id the random id the browser's session holds
 * @param code the link's code (its secret: never logged)
 * @param pinId the Plex PIN polled for it
 * @param expiresAt when the PIN expires
 * @param state where it is
 * @param outcome how the join ended, once {@code DONE}
 * @param changedAt the last change
 * @param locale the language of the page the sign-in started from, or null
 */
record SignInAttempt(String id, String code, long pinId, Instant expiresAt, State state, JoinOutcome outcome,
		Instant changedAt, Locale locale) {

	/** Where a sign-in is. */
	enum State {

		/** Waiting for the person to sign in on Plex's page. */
		WAITING,

		/** Signed in; the share is being made. */
		JOINING,

		/** Finished, with an outcome. */
		DONE

	}

}
