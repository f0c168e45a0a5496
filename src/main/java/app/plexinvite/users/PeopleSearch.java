package app.plexinvite.users;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Search, filters, sorting and counts over the person table, in SQL with paging, so that
 * 10,000 people cost one indexed query and one count per page.
 */
@Component
class PeopleSearch {

	private static final String HOLDS = "state IN ('PENDING', 'ACCEPTED')";

	private final JdbcClient jdbc;

	private final PeopleProperties properties;

	private final Clock clock;

	PeopleSearch(JdbcClient jdbc, PeopleProperties properties, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	PersonPage find(PersonQuery query) {
		Instant now = this.clock.instant();
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(query, params, now);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM person" + where)
			.paramSource(params)
			.query(Long.class)
			.single();
		params.addValue("limit", query.size());
		params.addValue("offset", (long) query.page() * query.size());
		List<Person> people = this.jdbc
			.sql("SELECT " + PersonStore.COLUMNS + " FROM person" + where + orderBy(query)
					+ " LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query(PersonStore::map)
			.list();
		return new PersonPage(people, total, query.page(), query.size());
	}

	PeopleCounts counts() {
		Map<PersonState, Long> byState = new EnumMap<>(PersonState.class);
		for (PersonState state : PersonState.values()) {
			byState.put(state, 0L);
		}
		this.jdbc.sql("SELECT state, COUNT(*) AS n FROM person GROUP BY state")
			.query((rs, row) -> byState.put(PersonState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		Instant now = this.clock.instant();
		long soon = this.jdbc.sql("SELECT COUNT(*) FROM person WHERE " + soon())
			.param("now", now.toEpochMilli())
			.param("soon", now.plus(this.properties.expiryWarning()).toEpochMilli())
			.query(Long.class)
			.single();
		long failures = this.jdbc.sql("SELECT COUNT(*) FROM person WHERE " + HOLDS + " AND expiry_failure IS NOT NULL")
			.query(Long.class)
			.single();
		return new PeopleCounts(byState, soon, failures);
	}

	private String where(PersonQuery query, MapSqlParameterSource params, Instant now) {
		List<String> conditions = new ArrayList<>();
		if (query.text() != null) {
			// Both sides lowered by Java (PersonParams.key): SQLite's lower() is
			// ASCII-only.
			conditions.add("search_key LIKE :text ESCAPE '\\'");
			params.addValue("text", containing(query.text()));
		}
		if (!query.states().isEmpty()) {
			conditions.add("state IN (:states)");
			params.addValue("states", query.states().stream().map(Enum::name).sorted().toList());
		}
		if (query.origin() != null) {
			conditions.add("origin = :origin");
			params.addValue("origin", query.origin().name());
		}
		if (query.profileId() != null) {
			conditions.add("profile_id = :profile");
			params.addValue("profile", query.profileId());
		}
		if (query.expiry() != null) {
			conditions.add(switch (query.expiry()) {
				case SOON -> soon();
				case ENDED -> "(state = 'EXPIRED' OR (" + HOLDS + " AND access_ends_at <= :now))";
				case NONE -> "access_ends_at IS NULL";
			});
			params.addValue("now", now.toEpochMilli());
			params.addValue("soon", now.plus(this.properties.expiryWarning()).toEpochMilli());
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/** Holds a share that ends within the warning window from now. */
	private static String soon() {
		return "(" + HOLDS + " AND access_ends_at > :now AND access_ends_at <= :soon)";
	}

	/** Each order ends with the id, so pages never overlap or skip a row. */
	private static String orderBy(PersonQuery query) {
		String direction = query.descending() ? " DESC" : " ASC";
		String columns = switch (query.sort()) {
			case NAME -> "name_key" + direction;
			case STATE -> "CASE state WHEN 'PENDING' THEN 0 WHEN 'ACCEPTED' THEN 1 WHEN 'EXPIRED' THEN 2 "
					+ "WHEN 'REVOKED' THEN 3 ELSE 4 END" + direction + ", name_key" + direction;
			case JOINED -> "joined_at" + direction;
			// People without an end come last either way (SQLite and PostgreSQL order
			// NULL differently).
			case EXPIRES -> "CASE WHEN access_ends_at IS NULL THEN 1 ELSE 0 END, access_ends_at" + direction;
			case UPDATED -> "updated_at" + direction;
		};
		return " ORDER BY " + columns + ", id" + direction;
	}

	/** A LIKE pattern finding the text anywhere, its own wildcards escaped with '\'. */
	static String containing(String text) {
		String key = Objects.requireNonNullElse(PersonParams.key(text), "");
		return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
