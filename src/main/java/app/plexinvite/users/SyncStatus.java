package app.plexinvite.users;

import java.time.Instant;

/**
 * The last sync with plex.tv.
 *
 * @param lastAttemptAt when a sync last ran, or null if never
 * @param lastSuccessAt when a complete sync last succeeded, or null if never
 * @param lastOutcome how the last sync ended, or null if never
 * @param lastProblem why the last sync failed or was incomplete (English), or null
 * @param listed how many shares the last successful sync saw
 * @param imported how many people the last sync imported
 * @param markedGone how many people the last sync marked gone
 * @param nextScheduledAt when the schedule runs it next, or null when the schedule is off
 */
public record SyncStatus(Instant lastAttemptAt, Instant lastSuccessAt, SyncOutcome lastOutcome, String lastProblem,
		int listed, int imported, int markedGone, Instant nextScheduledAt) {

	/** How a sync ended. */
	public enum SyncOutcome {

		/** plex.tv answered completely; people were updated, marked gone when agreed. */
		COMPLETE,

		/**
		 * plex.tv answered, but partly, empty while people are known, or inconsistently:
		 * new and changed shares were recorded, nobody was marked gone.
		 */
		INCOMPLETE,

		/** plex.tv could not be asked; nothing changed. */
		FAILED

	}

}
