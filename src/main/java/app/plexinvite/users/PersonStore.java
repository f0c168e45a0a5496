package app.plexinvite.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import app.plexinvite.jdbc.Columns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;
import static app.plexinvite.jdbc.Columns.nullableLong;

/**
 * The person and person_event tables. Every change is conditional on the row's
 * {@code updated_at}, so a sync and an owner's action never overwrite each other
 * silently.
 */
@Repository
class PersonStore {

	static final String COLUMNS = "id, plex_account_id, username, email, title, state, origin, origin_ref, "
			+ "origin_label, plex_share_id, profile_id, all_libraries, library_ids, access_ends_at, expiry_warned_at, "
			+ "expiry_retry_at, expiry_failure, expiry_attempts, missing_syncs, state_before_gone, note, joined_at, "
			+ "last_seen_at, updated_at";

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
				INSERT INTO person (plex_account_id, username, email, title, name_key, state, origin, origin_ref,
				    origin_label, plex_share_id, profile_id, all_libraries, library_ids, access_ends_at,
				    expiry_warned_at, expiry_retry_at, expiry_failure, expiry_attempts, missing_syncs,
				    state_before_gone, note, joined_at, last_seen_at, created_at, updated_at)
				VALUES (:account, :username, :email, :title, :nameKey, :state, :origin, :originRef, :originLabel,
				    :share, :profile, :all, :libraries, :ends, :warned, :retry, :failure, :attempts, :missing,
				    :before, :note, :joined, :seen, :now, :now)
				RETURNING id""").paramSource(new PersonParams(person, now)).query(Long.class).single());
		return find(id).orElseThrow();
	}

	/**
	 * Writes every mutable column of {@code changed} if the row still has
	 * {@code changed.updatedAt()}; false when someone changed it meanwhile.
	 */
	boolean save(Person changed, Instant now) {
		int rows = this.jdbc.sql("""
				UPDATE person SET plex_account_id = :account, username = :username, email = :email, title = :title,
				    name_key = :nameKey, state = :state, origin = :origin, origin_ref = :originRef,
				    origin_label = :originLabel, plex_share_id = :share, profile_id = :profile, all_libraries = :all,
				    library_ids = :libraries, access_ends_at = :ends, expiry_warned_at = :warned,
				    expiry_retry_at = :retry, expiry_failure = :failure, expiry_attempts = :attempts,
				    missing_syncs = :missing, state_before_gone = :before, note = :note, joined_at = :joined,
				    last_seen_at = :seen, updated_at = :now
				WHERE id = :id AND updated_at = :expected""")
			.paramSource(new PersonParams(changed, now).addValue("id", changed.id())
				.addValue("expected", millis(changed.updatedAt())))
			.update();
		return rows == 1;
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

	/** The lower-case name lists sort and search by. */
	static String nameKey(Person person) {
		return person.displayName().toLowerCase(Locale.ROOT);
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
				instant(rs, "last_seen_at"), instant(rs, "updated_at"));
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
