package app.plexinvite.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner's account created at first-run set-up: one row in {@code owner_account}, used
 * only while ADMIN_PASSWORD_HASH is not set. {@code ON CONFLICT DO NOTHING} (SQLite and
 * PostgreSQL) makes two set-ups racing agree on the first.
 */
final class StoredOwnerAccount {

	private final JdbcClient jdbc;

	StoredOwnerAccount(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find() {
		return this.jdbc.sql("SELECT username, password_hash FROM owner_account WHERE id = 1")
			.query((rs, n) -> new Row(rs.getString("username"), rs.getString("password_hash")))
			.optional();
	}

	/** Whether this call created the account (false: one existed already). */
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

	void updatePasswordHash(String passwordHash, Instant now) {
		this.jdbc.sql("UPDATE owner_account SET password_hash = :hash, updated_at = :now WHERE id = 1")
			.param("hash", passwordHash)
			.param("now", now.toEpochMilli())
			.update();
	}

	/** The stored name and password hash. */
	record Row(String username, String passwordHash) {

		@Override
		public String toString() {
			return "Row[username=" + this.username + ", passwordHash=masked]";
		}

	}

}
