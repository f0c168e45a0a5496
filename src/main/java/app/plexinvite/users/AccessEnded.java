package app.plexinvite.users;

import java.time.Instant;
import java.util.Locale;

/**
 * A person's access was removed from Plex (published after it is stored, for
 * notifications).
 *
 * @param personId the person
 * @param name their display name
 * @param email their e-mail, or null
 * @param reason why: their end date passed (EXPIRED) or the owner revoked it (REVOKED)
 * @param at when
 * @param locale their language when known, else null
 */
public record AccessEnded(long personId, String name, String email, PersonState reason, Instant at, Locale locale) {

}
