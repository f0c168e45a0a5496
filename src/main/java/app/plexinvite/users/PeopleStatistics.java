package app.plexinvite.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.nullableLong;

/**
 * The statistics page's reads of {@code person} and {@code person_event}. People are far
 * fewer than requests (one row per person who has or had access), so their history is
 * read as rows; what grows with requests is counted in the invite feature.
 */
@Repository
class PeopleStatistics {

	/** History lines after which they hold a share. */
	static final List<String> STARTS = List.of("SHARED", "ACCEPTED", "IMPORTED", "INVITE_RESENT", "ACCESS_GIVEN_AGAIN",
			"BACK_ON_PLEX", "GONE_UNDONE");

	/** History lines after which they hold none. */
	static final List<String> ENDS = List.of("REVOKED", "INVITE_CANCELLED", "EXPIRED", "MARKED_GONE");

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	PeopleStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** People whose first acceptance falls in [from, to), oldest first. */
	List<Acceptance> acceptances(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT p.origin, p.origin_ref, p.joined_at, a.accepted_at
				FROM person p
				JOIN (SELECT person_id, min(at) AS accepted_at FROM person_event WHERE kind = 'ACCEPTED'
				      GROUP BY person_id) a ON a.person_id = p.id
				WHERE a.accepted_at >= :from AND a.accepted_at < :to
				ORDER BY a.accepted_at, p.id""")
			.param("from", from.toEpochMilli())
			.param("to", to.toEpochMilli())
			.query((rs, row) -> new Acceptance(PersonOrigin.valueOf(rs.getString("origin")),
					nullableLong(rs, "origin_ref"), instant(rs, "joined_at"), instant(rs, "accepted_at")))
			.list();
	}

	/** Of these request ids, the ones whose person accepted (now or once). */
	Set<Long> acceptedRequests(Collection<Long> requestIds) {
		List<Long> all = List.copyOf(new HashSet<>(requestIds));
		Set<Long> accepted = new HashSet<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			accepted.addAll(this.jdbc
				.sql("""
						SELECT p.origin_ref FROM person p
						WHERE p.origin = 'REQUEST' AND p.origin_ref IN (:ids)
						  AND (p.state = 'ACCEPTED'
						       OR EXISTS (SELECT 1 FROM person_event e WHERE e.person_id = p.id AND e.kind = 'ACCEPTED'))""")
				.param("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
				.query(Long.class)
				.list());
		}
		return accepted;
	}

	/**
	 * People holding a share whose access ends in [from, to), per UTC day (epoch day).
	 */
	Map<Long, Long> endingPerDay(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT access_ends_at / 86400000 AS epoch_day, count(*) AS n FROM person
				WHERE state IN ('PENDING', 'ACCEPTED') AND access_ends_at >= :from AND access_ends_at < :to
				GROUP BY access_ends_at / 86400000""")
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

	/** Everyone with when they came, their state and last change, by id. */
	List<Holder> holders() {
		return this.jdbc.sql("SELECT id, joined_at, state, updated_at FROM person ORDER BY id")
			.query((rs, row) -> new Holder(rs.getLong("id"), instant(rs, "joined_at"),
					PersonState.valueOf(rs.getString("state")), instant(rs, "updated_at")))
			.list();
	}

	/** The history lines that start or end a share, per person, oldest first. */
	Map<Long, List<Change>> changes() {
		List<String> kinds = new ArrayList<>(STARTS);
		kinds.addAll(ENDS);
		return this.jdbc
			.sql("SELECT person_id, at, kind FROM person_event WHERE kind IN (:kinds) ORDER BY person_id, at, id")
			.param("kinds", kinds)
			.query((rs) -> {
				Map<Long, List<Change>> byPerson = new HashMap<>();
				while (rs.next()) {
					byPerson.computeIfAbsent(rs.getLong("person_id"), (id) -> new ArrayList<>())
						.add(new Change(instant(rs, "at"), STARTS.contains(rs.getString("kind"))));
				}
				return byPerson;
			});
	}

	record Holder(long id, Instant joinedAt, PersonState state, Instant updatedAt) {
	}

	record Change(Instant at, boolean holds) {
	}

}
