package app.plexinvite.plex;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This installation's persistent X-Plex-Client-Identifier, one row in
 * {@code plex_installation} (plex-protocol.md §0.3: one persistent identifier per app
 * instance; PINs are bound to it, §10b). Created on first use; {@code ON CONFLICT DO
 * NOTHING} (SQLite and PostgreSQL) and reading again make concurrent first starts agree
 * on one value.
 */
class PlexInstallation {

	private final JdbcClient jdbc;

	private final Clock clock;

	PlexInstallation(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String clientIdentifier() {
		return find().orElseGet(() -> {
			create(UUID.randomUUID().toString());
			return find().orElseThrow(() -> new IllegalStateException("plex_installation has no row after insert"));
		});
	}

	private Optional<String> find() {
		return this.jdbc.sql("SELECT client_identifier FROM plex_installation WHERE id = 1")
			.query(String.class)
			.optional();
	}

	private void create(String clientIdentifier) {
		this.jdbc.sql("""
				INSERT INTO plex_installation (id, client_identifier, created_at)
				VALUES (1, :clientIdentifier, :createdAt)
				ON CONFLICT (id) DO NOTHING
				""").param("clientIdentifier", clientIdentifier).param("createdAt", this.clock.millis()).update();
	}

}
