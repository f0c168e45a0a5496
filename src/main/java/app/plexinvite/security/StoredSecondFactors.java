package app.plexinvite.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owners' TOTP secrets ({@code owner_totp}) and recovery codes
 * ({@code owner_recovery_code}), by owner name. Using a step or a code is one guarded
 * UPDATE, so two sign-ins racing with the same code cannot both win.
 */
final class StoredSecondFactors {

	private final JdbcClient jdbc;

	StoredSecondFactors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> secretOf(String username) {
		return this.jdbc.sql("SELECT secret_ciphertext FROM owner_totp WHERE username = :username")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	void saveSecret(String username, String ciphertext, long usedStep, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO owner_totp (username, secret_ciphertext, last_step, enabled_at)
					VALUES (:username, :ciphertext, :step, :now)
					ON CONFLICT (username) DO UPDATE SET secret_ciphertext = :ciphertext, last_step = :step, enabled_at = :now
					""")
			.param("username", username)
			.param("ciphertext", ciphertext)
			.param("step", usedStep)
			.param("now", now.toEpochMilli())
			.update();
	}

	/** Whether this step is later than the last one used (and now is the last one). */
	boolean useStep(String username, long step) {
		return this.jdbc.sql("UPDATE owner_totp SET last_step = :step WHERE username = :username AND last_step < :step")
			.param("username", username)
			.param("step", step)
			.update() == 1;
	}

	/** Removes the TOTP and every recovery code; whether there was a TOTP. */
	boolean remove(String username) {
		this.jdbc.sql("DELETE FROM owner_recovery_code WHERE username = :username")
			.param("username", username)
			.update();
		return this.jdbc.sql("DELETE FROM owner_totp WHERE username = :username")
			.param("username", username)
			.update() == 1;
	}

	void replaceRecoveryCodes(String username, List<String> hashes) {
		this.jdbc.sql("DELETE FROM owner_recovery_code WHERE username = :username")
			.param("username", username)
			.update();
		for (String hash : hashes) {
			this.jdbc.sql("INSERT INTO owner_recovery_code (username, code_hash) VALUES (:username, :hash)")
				.param("username", username)
				.param("hash", hash)
				.update();
		}
	}

	List<RecoveryCode> unusedRecoveryCodes(String username) {
		return this.jdbc
			.sql("SELECT id, code_hash FROM owner_recovery_code WHERE username = :username AND used_at IS NULL")
			.param("username", username)
			.query((rs, n) -> new RecoveryCode(rs.getLong("id"), rs.getString("code_hash")))
			.list();
	}

	boolean useRecoveryCode(long id, Instant now) {
		return this.jdbc.sql("UPDATE owner_recovery_code SET used_at = :now WHERE id = :id AND used_at IS NULL")
			.param("id", id)
			.param("now", now.toEpochMilli())
			.update() == 1;
	}

	/** A stored recovery code: its id and its hash. */
	record RecoveryCode(long id, String hash) {

		@Override
		public String toString() {
			return "RecoveryCode[id=" + this.id + ", hash=masked]";
		}

	}

}
