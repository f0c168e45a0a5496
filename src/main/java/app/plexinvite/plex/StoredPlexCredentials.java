package app.plexinvite.plex;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner's Plex token (encrypted by {@link TokenCipher}) and chosen server from
 * first-run set-up: one row in {@code plex_credentials}.
 */
final class StoredPlexCredentials {

	private final JdbcClient jdbc;

	StoredPlexCredentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find() {
		return this.jdbc.sql("SELECT token_ciphertext, server_name FROM plex_credentials WHERE id = 1")
			.query((rs, n) -> new Row(rs.getString("token_ciphertext"), rs.getString("server_name")))
			.optional();
	}

	void save(String tokenCiphertext, String serverName, Instant now) {
		this.jdbc.sql("""
				INSERT INTO plex_credentials (id, token_ciphertext, server_name, updated_at)
				VALUES (1, :token, :server, :now)
				ON CONFLICT (id) DO UPDATE SET token_ciphertext = :token, server_name = :server, updated_at = :now
				""")
			.param("token", tokenCiphertext)
			.param("server", serverName)
			.param("now", now.toEpochMilli())
			.update();
	}

	/** A stored row; the ciphertext stays out of toString. */
	record Row(String tokenCiphertext, String serverName) {

		@Override
		public String toString() {
			return "Row[tokenCiphertext=masked, serverName=" + this.serverName + "]";
		}

	}

}
