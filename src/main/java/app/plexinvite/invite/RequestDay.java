package app.plexinvite.invite;

import java.time.LocalDate;

/**
 * Requests on one UTC day, for the statistics page.
 *
 * @param day the UTC day
 * @param requests requests stored that day
 * @param invited requests that got access that day (Plex sent the invite, or updated a
 * share they had), whenever they were stored
 */
public record RequestDay(LocalDate day, long requests, long invited) {
}
