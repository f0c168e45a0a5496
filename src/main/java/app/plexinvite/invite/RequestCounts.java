package app.plexinvite.invite;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.instant;

/**
 * The dashboard's and statistics page's counts of requests: per status and UTC day from
 * the tallies the database keeps with every change of a request (V18:
 * {@code invite_request_day}, {@code invite_grant_day}), so a view reads a row per day
 * and status however many requests there are; the queue from {@code invite_request}.
 */
@Repository
class RequestCounts {

	private static final List<String> STATUSES = Arrays.stream(RequestStatus.values()).map(Enum::name).toList();

	private final JdbcClient jdbc;

	RequestCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts per status (statuses no request has are left out). */
	Map<String, Long> countByStatus() {
		return byStatus(this.jdbc.sql("""
				SELECT status, sum(requests) AS n FROM invite_request_day
				GROUP BY status HAVING sum(requests) > 0"""));
	}

	/** Requests and granted ones per UTC day (epoch day) from {@code fromDay} on. */
	List<DayTotals> countPerDay(long fromDay) {
		return this.jdbc.sql("""
				SELECT epoch_day, sum(requests) AS requests,
				       sum(CASE WHEN status IN ('SENT', 'ALREADY_SHARED') THEN requests ELSE 0 END) AS sent
				FROM invite_request_day
				WHERE epoch_day >= :from
				GROUP BY epoch_day HAVING sum(requests) > 0""")
			.param("from", fromDay)
			.query((rs, row) -> new DayTotals(rs.getLong("epoch_day"), rs.getLong("requests"), rs.getLong("sent")))
			.list();
	}

	/** Requests stored per UTC day (epoch day) in [fromDay, toDay). */
	Map<Long, Long> storedPerDay(long fromDay, long toDay) {
		return perDay(this.jdbc.sql("""
				SELECT epoch_day, sum(requests) AS n FROM invite_request_day
				WHERE epoch_day >= :from AND epoch_day < :to
				GROUP BY epoch_day HAVING sum(requests) > 0"""), fromDay, toDay);
	}

	/**
	 * Requests that got access (SENT or ALREADY_SHARED) per UTC day (epoch day) of that
	 * outcome in [fromDay, toDay): a final status is never changed again, so its
	 * updated_at is when Plex agreed.
	 */
	Map<Long, Long> grantedPerDay(long fromDay, long toDay) {
		return perDay(this.jdbc.sql("""
				SELECT epoch_day, granted AS n FROM invite_grant_day
				WHERE epoch_day >= :from AND epoch_day < :to AND granted > 0"""), fromDay, toDay);
	}

	/** Requests stored on the UTC days [fromDay, toDay), counted by their status now. */
	Map<String, Long> countByStatus(long fromDay, long toDay) {
		return byStatus(this.jdbc.sql("""
				SELECT status, sum(requests) AS n FROM invite_request_day
				WHERE epoch_day >= :from AND epoch_day < :to AND status IN (:statuses)
				GROUP BY status HAVING sum(requests) > 0""")
			.param("statuses", STATUSES)
			.param("from", fromDay)
			.param("to", toDay));
	}

	/** When each of these requests was stored, by id (at most 500 ids). */
	Map<Long, Instant> storedAt(Collection<Long> ids) {
		return this.jdbc.sql("SELECT id, created_at FROM invite_request WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				Map<Long, Instant> stored = new HashMap<>();
				while (rs.next()) {
					stored.put(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("created_at")));
				}
				return stored;
			});
	}

	private static Map<Long, Long> perDay(JdbcClient.StatementSpec statement, long fromDay, long toDay) {
		return statement.param("from", fromDay).param("to", toDay).query((rs) -> {
			Map<Long, Long> days = new HashMap<>();
			while (rs.next()) {
				days.put(rs.getLong("epoch_day"), rs.getLong("n"));
			}
			return days;
		});
	}

	private static Map<String, Long> byStatus(JdbcClient.StatementSpec statement) {
		return statement.query((rs) -> {
			Map<String, Long> counts = new HashMap<>();
			while (rs.next()) {
				counts.put(rs.getString("status"), rs.getLong("n"));
			}
			return counts;
		});
	}

	record DayTotals(long epochDay, long requests, long sent) {
	}

	/**
	 * The pipeline's queue: how many requests wait to be sent or are being sent, and when
	 * the oldest of them was made (null when none); answered from the (status,
	 * created_at) index alone.
	 */
	Queue queue() {
		return this.jdbc.sql("""
				SELECT COUNT(*) AS depth, MIN(created_at) AS oldest FROM invite_request
				WHERE status IN ('QUEUED', 'SENDING', 'WAITING_RETRY')""")
			.query((rs, row) -> new Queue(rs.getLong("depth"), instant(rs, "oldest")))
			.single();
	}

	record Queue(long depth, Instant oldest) {
	}

}
