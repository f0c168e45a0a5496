package app.plexinvite.users;

import java.time.Instant;
import java.util.Locale;

/**
 * Someone accepted their invite: their person became ACCEPTED for the first time, seen by
 * a sync or told by an invite link (published after it is stored, for notifications).
 *
 * @param personId the person
 * @param name their display name
 * @param email their e-mail, or null
 * @param locale their language when known, else null
 * @param at when it was noticed
 */
public record PersonJoined(long personId, String name, String email, Locale locale, Instant at) {

}
