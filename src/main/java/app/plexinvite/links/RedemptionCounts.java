package app.plexinvite.links;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statistics page's counts read from {@code link_redemption}: counts, never rows. */
@Repository
class RedemptionCounts {

	private final JdbcClient jdbc;

	RedemptionCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Shares made at sign-in (not through the request list, which counts them as
	 * requests) per UTC day (epoch day) of the redemption in [from, to).
	 */
	Map<Long, Long> sharedAtSignInPerDay(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT created_at / 86400000 AS epoch_day, count(*) AS n
				FROM link_redemption
				WHERE request_id IS NULL AND status IN ('SHARED', 'ACCEPTED')
				  AND created_at >= :from AND created_at < :to
				GROUP BY created_at / 86400000""")
			.param("from", from.toEpochMilli())
			.param("to", to.toEpochMilli())
			.query((rs) -> {
				Map<Long, Long> days = new HashMap<>();
				while (rs.next()) {
					days.put(rs.getLong("epoch_day"), rs.getLong("n"));
				}
				return days;
			});
	}

	/** Per link, the redemptions made in [from, to) and how far they came; most first. */
	List<LinkConversion> conversion(Instant from, Instant to) {
		Map<Long, List<Long>> requests = sharedRequests(from, to);
		return this.jdbc.sql("""
				SELECT l.id, l.label, CASE WHEN l.deleted_at IS NULL THEN 0 ELSE 1 END AS deleted,
				       count(*) AS redemptions,
				       sum(CASE WHEN r.status IN ('SHARED', 'ACCEPTED') THEN 1 ELSE 0 END) AS shared,
				       sum(CASE WHEN r.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted
				FROM link_redemption r JOIN invite_link l ON l.id = r.link_id
				WHERE r.created_at >= :from AND r.created_at < :to
				GROUP BY l.id, l.label, l.deleted_at
				ORDER BY count(*) DESC, l.id""")
			.param("from", from.toEpochMilli())
			.param("to", to.toEpochMilli())
			.query((rs, row) -> new LinkConversion(rs.getLong("id"), rs.getString("label"), rs.getInt("deleted") == 1,
					rs.getLong("redemptions"), rs.getLong("shared"), rs.getLong("accepted"),
					requests.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** Shared (not yet accepted at sign-in) redemptions that came through a request. */
	private Map<Long, List<Long>> sharedRequests(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT link_id, request_id FROM link_redemption
				WHERE status = 'SHARED' AND request_id IS NOT NULL AND created_at >= :from AND created_at < :to""")
			.param("from", from.toEpochMilli())
			.param("to", to.toEpochMilli())
			.query((rs) -> {
				Map<Long, List<Long>> byLink = new HashMap<>();
				while (rs.next()) {
					byLink.computeIfAbsent(rs.getLong("link_id"), (id) -> new ArrayList<>())
						.add(rs.getLong("request_id"));
				}
				return byLink;
			});
	}

}
