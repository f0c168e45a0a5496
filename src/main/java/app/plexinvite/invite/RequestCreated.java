package app.plexinvite.invite;

import java.time.Instant;
import java.util.Locale;

/**
 * Someone asked for access through the public form or a link's typed-username path, or
 * signed in on a link that needs the owner's approval (published after the request is
 * stored, for notifications).
 *
 * @param requestId the request
 * @param identifier the Plex username or e-mail they typed
 * @param email their e-mail when the identifier is one, else null
 * @param awaitingApproval whether the owner must approve it before anything is sent
 * @param linkId the invite link it came through, or null for the public form
 * @param locale the language of the page they used
 * @param at when it was stored
 */
public record RequestCreated(long requestId, String identifier, String email, boolean awaitingApproval, Long linkId,
		Locale locale, Instant at) {

}
