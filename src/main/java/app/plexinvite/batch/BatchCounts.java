package app.plexinvite.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How many rows of a batch stand where.
 *
 * @param byState rows per state
 * @param byCheck rows per preview verdict
 */
record BatchCounts(Map<RowState, Long> byState, Map<RowCheck, Long> byCheck) {

	BatchCounts {
		byState = Map.copyOf(byState);
		byCheck = Map.copyOf(byCheck);
	}

	long total() {
		return this.byCheck.values().stream().mapToLong(Long::longValue).sum();
	}

	long valid() {
		return check(RowCheck.OK);
	}

	long problems() {
		return total() - valid();
	}

	long check(RowCheck check) {
		return this.byCheck.getOrDefault(check, 0L);
	}

	long state(RowState state) {
		return this.byState.getOrDefault(state, 0L);
	}

	long sent() {
		return state(RowState.SENT);
	}

	long failed() {
		return state(RowState.FAILED);
	}

	long cancelled() {
		return state(RowState.CANCELLED);
	}

	long waiting() {
		return state(RowState.PENDING) + state(RowState.HANDED);
	}

	/** Valid rows that are settled one way or the other. */
	long done() {
		return sent() + failed() + cancelled();
	}

	/** Whole percent of the valid rows settled. */
	int percent() {
		return (valid() == 0) ? 100 : (int) (done() * 100 / valid());
	}

	/**
	 * Rows settled per minute since the start (sent or failed), or 0 before the first
	 * minute's worth of data.
	 */
	double perMinute(Instant startedAt, Instant now) {
		if (startedAt == null) {
			return 0;
		}
		double minutes = Math.max(Duration.between(startedAt, now).toMillis(), 1000) / 60_000.0;
		return (sent() + failed()) / minutes;
	}

	/** Minutes left at the current pace, or null when unknown. */
	Long minutesLeft(Instant startedAt, Instant now) {
		double pace = perMinute(startedAt, now);
		if (waiting() == 0) {
			return 0L;
		}
		return (pace <= 0) ? null : (long) Math.ceil(waiting() / pace);
	}

}
