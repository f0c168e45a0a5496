package app.plexinvite.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner accounts kept in {@code owner_account}: the first one created at first-run
 * set-up (id 1, so that two set-ups racing agree on the first through
 * {@code ON CONFLICT DO NOTHING}, on SQLite and PostgreSQL), others added by an owner.
 * Names are unique.
 */
final class StoredOwnerAccount {

	private static final String COLUMNS = "username, password_hash, created_at, last_sign_in_at";

	private final JdbcClient jdbc;

	StoredOwnerAccount(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM owner_account WHERE username = :username")
			.param("username", username)
			.query(StoredOwnerAccount::row)
			.optional();
	}

	/** The first account, the one set-up created (or the oldest left). */
	Optional<Row> first() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM owner_account ORDER BY id LIMIT 1")
			.query(StoredOwnerAccount::row)
			.optional();
	}

	List<Row> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM owner_account ORDER BY username")
			.query(StoredOwnerAccount::row)
			.list();
	}

	/** Whether this call created the first account (false: one existed already). */
	boolean create(String username, String passwordHash, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO owner_account (id, username, password_hash, created_at, updated_at)
				VALUES (1, :username, :hash, :now, :now)
				ON CONFLICT (id) DO NOTHING
				""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("now", now.toEpochMilli())
			.update() == 1;
	}

	/** Whether this call added the account (false: the name is taken). */
	boolean add(String username, String passwordHash, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO owner_account (username, password_hash, created_at, updated_at)
				VALUES (:username, :hash, :now, :now)
				ON CONFLICT (username) DO NOTHING
				""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("now", now.toEpochMilli())
			.update() == 1;
	}

	boolean remove(String username) {
		return this.jdbc.sql("DELETE FROM owner_account WHERE username = :username")
			.param("username", username)
			.update() == 1;
	}

	/** When the account last changed (its password), or empty when there is none. */
	Optional<Instant> changedAt(String username) {
		return this.jdbc.sql("SELECT updated_at FROM owner_account WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.optional()
			.map(Instant::ofEpochMilli);
	}

	boolean updatePasswordHash(String username, String passwordHash, Instant now) {
		return this.jdbc
			.sql("UPDATE owner_account SET password_hash = :hash, updated_at = :now WHERE username = :username")
			.param("username", username)
			.param("hash", passwordHash)
			.param("now", now.toEpochMilli())
			.update() == 1;
	}

	void recordSignIn(String username, Instant now) {
		this.jdbc.sql("UPDATE owner_account SET last_sign_in_at = :now WHERE username = :username")
			.param("username", username)
			.param("now", now.toEpochMilli())
			.update();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long lastSignIn = rs.getLong("last_sign_in_at");
		Instant last = rs.wasNull() ? null : Instant.ofEpochMilli(lastSignIn);
		return new Row(rs.getString("username"), rs.getString("password_hash"),
				Instant.ofEpochMilli(rs.getLong("created_at")), last);
	}

	/** A stored account; its hash never shows in {@link #toString()}. */
	record Row(String username, String passwordHash, Instant createdAt, @Nullable Instant lastSignInAt) {

		@Override
		public String toString() {
			return "Row[username=" + this.username + ", passwordHash=masked]";
		}

	}

}
