package app.plexinvite.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;

/**
 * The webhook_endpoint table. Secrets go in and out sealed; this class never opens them.
 */
@Repository
class Endpoints {

	private static final String COLUMNS = """
			id, name, kind, url, events, token_ciphertext IS NOT NULL AS has_token, enabled, disabled_reason,
			disabled_at, consecutive_failures, failing_since, last_success_at, created_at, updated_at""";

	private final JdbcClient jdbc;

	Endpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Endpoint> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint ORDER BY name, id")
			.query(Endpoints::map)
			.list();
	}

	Optional<Endpoint> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id")
			.param("id", id)
			.query(Endpoints::map)
			.optional();
	}

	List<Endpoint> enabled() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE enabled = TRUE ORDER BY id")
			.query(Endpoints::map)
			.list();
	}

	List<Endpoint> disabled() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE enabled = FALSE ORDER BY disabled_at DESC, id")
			.query(Endpoints::map)
			.list();
	}

	long insert(String name, EndpointKind kind, String url, Set<EventType> events, String sealedSecret,
			String sealedToken, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO webhook_endpoint (name, kind, url, events, secret_ciphertext, token_ciphertext, created_at,
				    updated_at)
				VALUES (:name, :kind, :url, :events, :secret, :token, :now, :now)""")
			.param("name", name)
			.param("kind", kind.name())
			.param("url", url)
			.param("events", Endpoint.eventsColumn(events))
			.param("secret", sealedSecret)
			.param("token", sealedToken)
			.param("now", millis(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Name, kind, address and events; the token only when {@code changeToken}. */
	boolean update(long id, String name, EndpointKind kind, String url, Set<EventType> events, boolean changeToken,
			String sealedToken, Instant now) {
		return this.jdbc.sql("""
				UPDATE webhook_endpoint SET name = :name, kind = :kind, url = :url, events = :events,
				    token_ciphertext = CASE WHEN :change THEN :token ELSE token_ciphertext END, updated_at = :now
				WHERE id = :id""")
			.param("id", id)
			.param("name", name)
			.param("kind", kind.name())
			.param("url", url)
			.param("events", Endpoint.eventsColumn(events))
			.param("change", changeToken)
			.param("token", sealedToken)
			.param("now", millis(now))
			.update() == 1;
	}

	Optional<String> sealedSecret(long id) {
		return this.jdbc.sql("SELECT secret_ciphertext FROM webhook_endpoint WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	Optional<String> sealedToken(long id) {
		return this.jdbc.sql("SELECT token_ciphertext FROM webhook_endpoint WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap((token) -> token);
	}

	boolean replaceSecret(long id, String sealedSecret, Instant now) {
		return this.jdbc
			.sql("UPDATE webhook_endpoint SET secret_ciphertext = :secret, updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("secret", sealedSecret)
			.param("now", millis(now))
			.update() == 1;
	}

	void recordSuccess(long id, Instant at) {
		this.jdbc.sql("""
				UPDATE webhook_endpoint SET consecutive_failures = 0, failing_since = NULL, last_success_at = :at
				WHERE id = :id""").param("id", id).param("at", millis(at)).update();
	}

	void recordFailure(long id, Instant at) {
		this.jdbc.sql("""
				UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1,
				    failing_since = COALESCE(failing_since, :at)
				WHERE id = :id""").param("id", id).param("at", millis(at)).update();
	}

	/** Disables an enabled endpoint; false when it was disabled already (or is gone). */
	boolean disable(long id, String reason, Instant at) {
		return this.jdbc
			.sql("""
					UPDATE webhook_endpoint SET enabled = FALSE, disabled_reason = :reason, disabled_at = :at, updated_at = :at
					WHERE id = :id AND enabled = TRUE""")
			.param("id", id)
			.param("reason", reason)
			.param("at", millis(at))
			.update() == 1;
	}

	/**
	 * Enables a disabled endpoint with a clean failure count; false when it was enabled.
	 */
	boolean enable(long id, Instant at) {
		return this.jdbc.sql("""
				UPDATE webhook_endpoint SET enabled = TRUE, disabled_reason = NULL, disabled_at = NULL,
				    consecutive_failures = 0, failing_since = NULL, updated_at = :at
				WHERE id = :id AND enabled = FALSE""").param("id", id).param("at", millis(at)).update() == 1;
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM webhook_endpoint WHERE id = :id").param("id", id).update() == 1;
	}

	private static Endpoint map(ResultSet rs, int row) throws SQLException {
		return new Endpoint(rs.getLong("id"), rs.getString("name"), EndpointKind.valueOf(rs.getString("kind")),
				rs.getString("url"), Endpoint.parseEvents(rs.getString("events")), rs.getBoolean("has_token"),
				rs.getBoolean("enabled"), rs.getString("disabled_reason"), instant(rs, "disabled_at"),
				rs.getInt("consecutive_failures"), instant(rs, "failing_since"), instant(rs, "last_success_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

}
