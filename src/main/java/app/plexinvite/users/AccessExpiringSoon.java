package app.plexinvite.users;

import java.time.Instant;
import java.util.Locale;

/**
 * A person's access ends within the warning window (published once per end date, for
 * notifications).
 *
 * @param personId the person
 * @param name their display name
 * @param email their e-mail, or null
 * @param endsAt when their access ends
 * @param locale their language when known, else null
 */
public record AccessExpiringSoon(long personId, String name, String email, Instant endsAt, Locale locale) {

}
