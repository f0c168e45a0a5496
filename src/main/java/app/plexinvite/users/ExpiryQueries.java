package app.plexinvite.users;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.millis;

/**
 * The expiry job's reads of the person table (index person_access_ends_at); every write
 * goes through {@link PersonStore#save}, conditional on the row's version.
 */
@Repository
class ExpiryQueries {

	private final JdbcClient jdbc;

	ExpiryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holders whose access ended at or before {@code now} and whose last failed removal,
	 * if any, is due for another try; the longest ended first.
	 */
	List<Person> ended(Instant now, int limit) {
		return this.jdbc.sql("SELECT " + PersonStore.COLUMNS + """
				 FROM person
				WHERE access_ends_at IS NOT NULL AND access_ends_at <= :now
				  AND state IN ('PENDING', 'ACCEPTED')
				  AND (expiry_retry_at IS NULL OR expiry_retry_at <= :now)
				ORDER BY access_ends_at, id
				LIMIT :limit""").param("now", millis(now)).param("limit", limit).query(PersonStore::map).list();
	}

	/**
	 * Holders whose access ends after {@code now} but by {@code until}, not warned yet.
	 */
	List<Person> endingSoon(Instant now, Instant until, int limit) {
		return this.jdbc.sql("SELECT " + PersonStore.COLUMNS + """
				 FROM person
				WHERE access_ends_at IS NOT NULL AND access_ends_at > :now AND access_ends_at <= :until
				  AND state IN ('PENDING', 'ACCEPTED')
				  AND expiry_warned_at IS NULL
				ORDER BY access_ends_at, id
				LIMIT :limit""")
			.param("now", millis(now))
			.param("until", millis(until))
			.param("limit", limit)
			.query(PersonStore::map)
			.list();
	}

}
