package app.plexinvite.invite;

import java.time.Instant;
import java.util.Locale;

/**
 * An invite could not be sent and will not be retried by itself: the owner must act
 * (published after the failure is stored, for notifications). Published by the request
 * pipeline ({@link AccessGranted.Source#REQUEST}) and by invite links
 * ({@link AccessGranted.Source#LINK}).
 *
 * @param source which feature tried
 * @param recordId that feature's record (request id, link redemption id)
 * @param identifier who it was for (typed identifier, or the Plex username)
 * @param email their e-mail when known, else null
 * @param reason why, in the owner's words (English, never a token or raw body)
 * @param locale the language of the page they used
 * @param at when it failed
 */
public record InviteFailed(AccessGranted.Source source, long recordId, String identifier, String email, String reason,
		Locale locale, Instant at) {

}
