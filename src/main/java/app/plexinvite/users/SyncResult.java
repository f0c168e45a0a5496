package app.plexinvite.users;

import java.time.Duration;

/**
 * What asking for a sync did.
 *
 * @param ran whether it ran (false when throttled)
 * @param status the sync status afterwards
 * @param retryIn when throttled, how long until it may run again, else null
 */
public record SyncResult(boolean ran, SyncStatus status, Duration retryIn) {

}
