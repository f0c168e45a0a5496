package app.plexinvite.invite;

import java.time.Instant;
import java.util.Locale;

/**
 * The owner approved or denied a request that waited for approval (published after it is
 * stored, for notifications).
 *
 * @param requestId the request
 * @param identifier the Plex username or e-mail they typed
 * @param email their e-mail when the identifier is one, else null
 * @param approved true when approved, false when denied
 * @param denyReason the owner's reason when denied, or null
 * @param locale the language of the page they used
 * @param at when it was decided
 */
public record RequestDecided(long requestId, String identifier, String email, boolean approved, String denyReason,
		Locale locale, Instant at) {

}
