package app.plexinvite.batch;

import java.time.Instant;

/**
 * The words of a batch's progress, as message keys with arguments: the same on the page
 * (rendered on the server, correct without JavaScript) and in the JSON batch.js polls.
 * Public only for the template engine.
 *
 * @param stateKey the batch's state label
 * @param summaryKey sent / failed / waiting / cancelled
 * @param summaryArguments their numbers
 * @param paceKey rows per minute and the time left, or that it is not known yet
 * @param paceArguments their numbers
 */
public record BatchProgress(String stateKey, String summaryKey, Object[] summaryArguments, String paceKey,
		Object[] paceArguments) {

	static BatchProgress of(Batch batch, BatchCounts counts, Instant now) {
		Object[] summary = { counts.sent(), counts.failed(), counts.waiting(), counts.cancelled(), counts.valid() };
		String stateKey = "batch.state." + batch.state().name();
		if (batch.state() != BatchState.RUNNING) {
			return new BatchProgress(stateKey, "batch.progress.summary", summary, "batch.progress.paceNone",
					new Object[0]);
		}
		Long left = counts.minutesLeft(batch.startedAt(), now);
		long perMinute = Math.round(counts.perMinute(batch.startedAt(), now));
		return (left == null)
				? new BatchProgress(stateKey, "batch.progress.summary", summary, "batch.progress.paceUnknown",
						new Object[0])
				: new BatchProgress(stateKey, "batch.progress.summary", summary, "batch.progress.pace",
						new Object[] { perMinute, left });
	}

}
