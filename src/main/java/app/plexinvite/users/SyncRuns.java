package app.plexinvite.users;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.plexinvite.users.SyncStatus.SyncOutcome;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;

/** The people_sync table: one row (id 1) about the last sync with plex.tv. */
@Repository
class SyncRuns {

	private final JdbcClient jdbc;

	SyncRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Instant> lastAttemptAt() {
		return this.jdbc.sql("SELECT last_attempt_at FROM people_sync WHERE id = 1")
			.query((rs, row) -> Optional.ofNullable(instant(rs, "last_attempt_at")))
			.single();
	}

	/** A sync starts now (the throttle and the schedule count from here). */
	void started(Instant at) {
		this.jdbc.sql("UPDATE people_sync SET last_attempt_at = :at WHERE id = 1").param("at", millis(at)).update();
	}

	/**
	 * How it ended. The counts and the success time are kept from the last sync that
	 * reached plex.tv when this one failed.
	 */
	void finished(SyncOutcome outcome, String problem, int listed, int imported, int markedGone, Instant at) {
		if (outcome == SyncOutcome.FAILED) {
			this.jdbc.sql("UPDATE people_sync SET last_outcome = :outcome, last_problem = :problem WHERE id = 1")
				.param("outcome", outcome.name())
				.param("problem", limit(problem))
				.update();
			return;
		}
		this.jdbc.sql("""
				UPDATE people_sync SET last_outcome = :outcome, last_problem = :problem, listed = :listed,
				    imported = :imported, marked_gone = :gone,
				    last_success_at = CASE WHEN :complete THEN :at ELSE last_success_at END
				WHERE id = 1""")
			.param("outcome", outcome.name())
			.param("problem", limit(problem))
			.param("listed", listed)
			.param("imported", imported)
			.param("gone", markedGone)
			.param("complete", outcome == SyncOutcome.COMPLETE)
			.param("at", millis(at))
			.update();
	}

	/** The status, with when the schedule runs next (null when it is off). */
	SyncStatus status(Instant nextScheduledAt) {
		return this.jdbc.sql("SELECT * FROM people_sync WHERE id = 1").query((rs, row) -> {
			String outcome = rs.getString("last_outcome");
			return new SyncStatus(instant(rs, "last_attempt_at"), instant(rs, "last_success_at"),
					(outcome != null) ? SyncOutcome.valueOf(outcome) : null, rs.getString("last_problem"),
					rs.getInt("listed"), rs.getInt("imported"), rs.getInt("marked_gone"), nextScheduledAt);
		}).single();
	}

	private static String limit(String text) {
		return (text == null || text.length() <= 500) ? text : text.substring(0, 499) + "…";
	}

}
