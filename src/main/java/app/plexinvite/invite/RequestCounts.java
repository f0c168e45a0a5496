package app.plexinvite.invite;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	record DayTotals(long epochDay, long requests, long sent) {
	}

}
