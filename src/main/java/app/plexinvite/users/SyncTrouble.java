package app.plexinvite.users;

import java.time.Instant;

/**
 * A sync with plex.tv failed or was incomplete after the last one was complete (published
 * once per change, not once per run, for notifications).
 *
 * @param outcome FAILED or INCOMPLETE
 * @param problem why, in the owner's words (English), never a token or raw body
 * @param at when
 */
public record SyncTrouble(SyncStatus.SyncOutcome outcome, String problem, Instant at) {

}
