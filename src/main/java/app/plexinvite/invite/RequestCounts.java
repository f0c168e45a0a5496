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

/** The dashboard's statistics read from {@code invite_request}: counts, never rows. */
@Repository
class RequestCounts {

	private final JdbcClient jdbc;

	RequestCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts per status. */
	Map<String, Long> countByStatus() {
		return this.jdbc.sql("SELECT status, count(*) AS n FROM invite_request GROUP BY status").query((rs) -> {
			Map<String, Long> counts = new HashMap<>();
			while (rs.next()) {
				counts.put(rs.getString("status"), rs.getLong("n"));
			}
			return counts;
		});
	}

	/** Requests and granted ones per UTC day (epoch day) since {@code from}. */
	List<DayTotals> countPerDay(Instant from) {
		return this.jdbc.sql("""
				SELECT created_at / 86400000 AS epoch_day, count(*) AS requests,
				       sum(CASE WHEN status IN ('SENT', 'ALREADY_SHARED') THEN 1 ELSE 0 END) AS sent
				FROM invite_request
				WHERE created_at >= :from
				GROUP BY created_at / 86400000""")
			.param("from", from.toEpochMilli())
			.query((rs, row) -> new DayTotals(rs.getLong("epoch_day"), rs.getLong("requests"), rs.getLong("sent")))
			.list();
	}

	/** Requests stored per UTC day (epoch day) in [from, to). */
	Map<Long, Long> storedPerDay(Instant from, Instant to) {
		return perDay(this.jdbc.sql("""
				SELECT created_at / 86400000 AS epoch_day, count(*) AS n
				FROM invite_request
				WHERE created_at >= :from AND created_at < :to
				GROUP BY created_at / 86400000"""), from, to);
	}

	/**
	 * Requests that got access (SENT or ALREADY_SHARED) per UTC day (epoch day) of that
	 * outcome in [from, to): a final status is never changed again, so its updated_at is
	 * when Plex agreed.
	 */
	Map<Long, Long> grantedPerDay(Instant from, Instant to) {
		return perDay(this.jdbc.sql("""
				SELECT updated_at / 86400000 AS epoch_day, count(*) AS n
				FROM invite_request
				WHERE status IN ('SENT', 'ALREADY_SHARED') AND updated_at >= :from AND updated_at < :to
				GROUP BY updated_at / 86400000"""), from, to);
	}

	/**
	 * Requests stored in [from, to), counted by their status now: one index range per
	 * status (invite_request_status_created), so a million rows never sort.
	 */
	Map<String, Long> countByStatus(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT status, count(*) AS n FROM invite_request
				WHERE status IN (:statuses) AND created_at >= :from AND created_at < :to
				GROUP BY status""")
			.param("statuses", Arrays.stream(RequestStatus.values()).map(Enum::name).toList())
			.param("from", from.toEpochMilli())
			.param("to", to.toEpochMilli())
			.query((rs) -> {
				Map<String, Long> counts = new HashMap<>();
				while (rs.next()) {
					counts.put(rs.getString("status"), rs.getLong("n"));
				}
				return counts;
			});
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

	private static Map<Long, Long> perDay(JdbcClient.StatementSpec statement, Instant from, Instant to) {
		return statement.param("from", from.toEpochMilli()).param("to", to.toEpochMilli()).query((rs) -> {
			Map<Long, Long> days = new HashMap<>();
			while (rs.next()) {
				days.put(rs.getLong("epoch_day"), rs.getLong("n"));
			}
			return days;
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
