package app.plexinvite.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How many rows of a batch stand where. Public only for the template engine.
 *
 * @param byState rows per state
 * @param byCheck rows per preview verdict
 */
public record BatchCounts(Map<RowState, Long> byState, Map<RowCheck, Long> byCheck) {

	public BatchCounts {
		byState = Map.copyOf(byState);
		byCheck = Map.copyOf(byCheck);
	}

	public long total() {
		return this.byCheck.values().stream().mapToLong(Long::longValue).sum();
	}

	public long valid() {
		return check(RowCheck.OK);
	}

	public long problems() {
		return total() - valid();
	}

	public long check(RowCheck check) {
		return this.byCheck.getOrDefault(check, 0L);
	}

	public long state(RowState state) {
		return this.byState.getOrDefault(state, 0L);
	}

	public long sent() {
		return state(RowState.SENT);
	}

	public long failed() {
		return state(RowState.FAILED);
	}

	public long cancelled() {
		return state(RowState.CANCELLED);
	}

	public long waiting() {
		return state(RowState.PENDING) + state(RowState.HANDED);
	}

	/** Valid rows that are settled one way or the other. */
	public long done() {
		return sent() + failed() + cancelled();
	}

	/** Whole percent of the valid rows settled. */
	public int percent() {
		return (valid() == 0) ? 100 : (int) (done() * 100 / valid());
	}

	/**
	 * Rows settled per minute since the start (sent or failed), or 0 before the first
	 * minute's worth of data.
	 */
	public double perMinute(Instant startedAt, Instant now) {
		if (startedAt == null) {
			return 0;
		}
		double minutes = Math.max(Duration.between(startedAt, now).toMillis(), 1000) / 60_000.0;
		return (sent() + failed()) / minutes;
	}

	/** Minutes left at the current pace, or null when unknown. */
	public Long minutesLeft(Instant startedAt, Instant now) {
		double pace = perMinute(startedAt, now);
		if (waiting() == 0) {
			return 0L;
		}
		return (pace <= 0) ? null : (long) Math.ceil(waiting() / pace);
	}

}
