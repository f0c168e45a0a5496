package app.plexinvite.users;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the person table's lower-cased keys (name_key, username_key, email_key,
 * search_key) as Java writes them: the V9 backfill could only lower them with SQL, which
 * knows only ASCII on SQLite, so at start-up the rows whose keys differ are written
 * again.
 */
@Component
class PersonKeys {

	private static final Logger log = LoggerFactory.getLogger(PersonKeys.class);

	private static final Map<String, String> COLUMN_OF = Map.of("nameKey", "name_key", "usernameKey", "username_key",
			"emailKey", "email_key", "searchKey", "search_key");

	private final JdbcClient jdbc;

	PersonKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rekeyAtStartup() {
		int changed = rekey();
		if (changed > 0) {
			log.info("Wrote the search keys of {} people again", changed);
		}
	}

	/**
	 * Writes the keys again where they differ from Java's (the V9 backfill lowered them
	 * with SQL, which knows only ASCII on SQLite); how many rows changed.
	 */
	int rekey() {
		List<Person> stale = this.jdbc
			.sql("SELECT " + PersonStore.COLUMNS
					+ ", name_key, username_key, email_key, search_key FROM person ORDER BY id")
			.query((rs, row) -> {
				Person person = PersonStore.map(rs, row);
				PersonParams wanted = new PersonParams(person, Instant.EPOCH);
				for (Map.Entry<String, String> key : COLUMN_OF.entrySet()) {
					if (!Objects.equals(wanted.getValue(key.getKey()), rs.getString(key.getValue()))) {
						return person;
					}
				}
				return null;
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
		for (Person person : stale) {
			this.jdbc.sql("""
					UPDATE person SET name_key = :nameKey, username_key = :usernameKey, email_key = :emailKey,
					    search_key = :searchKey
					WHERE id = :id""")
				.paramSource(new PersonParams(person, Instant.EPOCH).addValue("id", person.id()))
				.update();
		}
		return stale.size();
	}

}
