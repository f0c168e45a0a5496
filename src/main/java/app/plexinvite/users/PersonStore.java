package app.plexinvite.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import app.plexinvite.jdbc.Columns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;
import static app.plexinvite.jdbc.Columns.nullableLong;

/**
 * The person and person_event tables. Every write counts up the row's {@code version} and
 * a save is conditional on the version it read, so a sync, a job and an owner's action
 * never overwrite each other silently.
 */
@Repository
class PersonStore {

	static final String COLUMNS = "id, plex_account_id, username, email, title, state, origin, origin_ref, "
			+ "origin_label, plex_share_id, profile_id, all_libraries, library_ids, access_ends_at, expiry_warned_at, "
			+ "expiry_retry_at, expiry_failure, expiry_attempts, missing_syncs, state_before_gone, note, joined_at, "
			+ "last_seen_at, updated_at, version";

	private final JdbcClient jdbc;

	PersonStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Person> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = :id")
			.param("id", id)
			.query(PersonStore::map)
			.optional();
	}

	List<Person> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id IN (:ids) ORDER BY name_key, id")
			.param("ids", ids)
			.query(PersonStore::map)
			.list();
	}

	/** Everyone, for a sync's matching (10,000 rows are a few MB). */
	List<Person> everyone() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM person ORDER BY id").query(PersonStore::map).list();
	}

	/**
	 * Stores a new person (id and updatedAt of the argument are ignored); returns it as
	 * stored.
	 */
	Person insert(Person person, Instant now) {
		long id = Columns.unique(() -> this.jdbc.sql("""
				INSERT INTO person (plex_account_id, username, email, title, name_key, username_key, email_key,
				    search_key, state, origin, origin_ref, origin_label, plex_share_id, profile_id, all_libraries,
				    library_ids, access_ends_at, expiry_warned_at, expiry_retry_at, expiry_failure, expiry_attempts,
				    missing_syncs, state_before_gone, note, joined_at, last_seen_at, created_at, updated_at, version)
				VALUES (:account, :username, :email, :title, :nameKey, :usernameKey, :emailKey, :searchKey, :state,
				    :origin, :originRef, :originLabel, :share, :profile, :all, :libraries, :ends, :warned, :retry,
				    :failure, :attempts, :missing, :before, :note, :joined, :seen, :now, :now, 0)
				RETURNING id""").paramSource(new PersonParams(person, now)).query(Long.class).single());
		Person stored = find(id).orElseThrow();
		if (!PersonParams.nameKey(stored).equals(PersonParams.nameKey(person))) {
			// No name at all: they are listed by their id, known only now.
			this.jdbc.sql("UPDATE person SET name_key = :key WHERE id = :id")
				.param("key", PersonParams.nameKey(stored))
				.param("id", id)
				.update();
		}
		return stored;
	}

	/**
	 * Writes every mutable column of {@code changed} if the row still has
	 * {@code changed.version()}, and counts the version up; false when someone wrote it
	 * meanwhile (then re-read it).
	 */
	boolean save(Person changed, Instant now) {
		int rows = this.jdbc.sql("""
				UPDATE person SET plex_account_id = :account, username = :username, email = :email, title = :title,
				    name_key = :nameKey, username_key = :usernameKey, email_key = :emailKey,
				    search_key = :searchKey, state = :state, origin = :origin, origin_ref = :originRef,
				    origin_label = :originLabel, plex_share_id = :share, profile_id = :profile, all_libraries = :all,
				    library_ids = :libraries, access_ends_at = :ends, expiry_warned_at = :warned,
				    expiry_retry_at = :retry, expiry_failure = :failure, expiry_attempts = :attempts,
				    missing_syncs = :missing, state_before_gone = :before, note = :note, joined_at = :joined,
				    last_seen_at = :seen, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :expected""")
			.paramSource(
					new PersonParams(changed, now).addValue("id", changed.id()).addValue("expected", changed.version()))
			.update();
		return rows == 1;
	}

	/** People holding a share with this profile (pending or accepted), by name. */
	List<Person> findHolding(long profileId) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM person WHERE profile_id = :profile AND state IN ('PENDING', 'ACCEPTED')
				ORDER BY name_key, id""").param("profile", profileId).query(PersonStore::map).list();
	}

	/** Whether anybody but this person holds a share we know the id of. */
	boolean othersHoldShares(long personId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM person
				 WHERE id <> :id AND state IN ('PENDING', 'ACCEPTED') AND plex_share_id IS NOT NULL""")
			.param("id", personId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Person> findByAccount(long plexAccountId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE plex_account_id = :account")
			.param("account", plexAccountId)
			.query(PersonStore::map)
			.optional();
	}

	/**
	 * People whose username or e-mail is {@code name} (case-insensitive, Unicode), oldest
	 * first.
	 */
	List<Person> findByName(String name) {
		String key = PersonParams.key(name);
		if (key == null) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM person WHERE email_key = :name OR username_key = :name ORDER BY id")
			.param("name", key)
			.query(PersonStore::map)
			.list();
	}

	/**
	 * A sync listed these people and nothing else changed: last seen now, missing count
	 * zero. It counts the version up, so a save from a copy read before (an owner's
	 * action in flight) re-reads instead of writing the old missing count back; it leaves
	 * {@code updated_at} alone (a sync's own write, not a change of access).
	 */
	void seen(Collection<Long> ids, Instant now) {
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 500) {
			this.jdbc.sql(
					"UPDATE person SET last_seen_at = :now, missing_syncs = 0, version = version + 1 WHERE id IN (:ids)")
				.param("now", now.toEpochMilli())
				.param("ids", all.subList(from, Math.min(all.size(), from + 500)))
				.update();
		}
	}

	void record(long personId, PersonEvent event) {
		this.jdbc.sql("""
				INSERT INTO person_event (person_id, at, kind, actor, detail)
				VALUES (:person, :at, :kind, :actor, :detail)""")
			.param("person", personId)
			.param("at", millis(event.at()))
			.param("kind", event.kind().name())
			.param("actor", truncate(event.actor(), 120))
			.param("detail", truncate(event.detail(), 1000))
			.update();
	}

	/** Oldest first. */
	List<PersonEvent> history(long personId) {
		return this.jdbc.sql("SELECT at, kind, actor, detail FROM person_event WHERE person_id = :person ORDER BY id")
			.param("person", personId)
			.query((rs, row) -> new PersonEvent(instant(rs, "at"), PersonEvent.Kind.valueOf(rs.getString("kind")),
					rs.getString("actor"), rs.getString("detail")))
			.list();
	}

	static String libraryIds(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static Person map(ResultSet rs, int row) throws SQLException {
		String libraries = rs.getString("library_ids");
		String before = rs.getString("state_before_gone");
		return new Person(rs.getLong("id"), nullableLong(rs, "plex_account_id"), rs.getString("username"),
				rs.getString("email"), rs.getString("title"), PersonState.valueOf(rs.getString("state")),
				PersonOrigin.valueOf(rs.getString("origin")), nullableLong(rs, "origin_ref"),
				rs.getString("origin_label"), nullableLong(rs, "plex_share_id"), nullableLong(rs, "profile_id"),
				rs.getBoolean("all_libraries"),
				(libraries == null || libraries.isBlank()) ? List.of()
						: Arrays.stream(libraries.split(",")).map(Long::valueOf).toList(),
				instant(rs, "access_ends_at"), instant(rs, "expiry_warned_at"), instant(rs, "expiry_retry_at"),
				rs.getString("expiry_failure"), rs.getInt("expiry_attempts"), rs.getInt("missing_syncs"),
				(before != null) ? PersonState.valueOf(before) : null, rs.getString("note"), instant(rs, "joined_at"),
				instant(rs, "last_seen_at"), instant(rs, "updated_at"), rs.getLong("version"));
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
