package app.plexinvite.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;
import static app.plexinvite.jdbc.Columns.nullableInt;

/**
 * The webhook_delivery table. A worker owns a row only after {@link #claim} moved it to
 * SENDING; its result is stored only while the row still shows that claim (status SENDING
 * and the same attempt count), so a worker whose lease ran out cannot overwrite
 * another's.
 */
@Repository
class Deliveries {

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long endpointId, String eventId, String eventType, String payload, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload, status, next_attempt_at,
				    created_at)
				VALUES (:endpoint, :event, :type, :payload, 'PENDING', :now, :now)""")
			.param("endpoint", endpointId)
			.param("event", eventId)
			.param("type", eventType)
			.param("payload", payload)
			.param("now", millis(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Delivery> find(long id) {
		return this.jdbc.sql("SELECT * FROM webhook_delivery WHERE id = :id")
			.param("id", id)
			.query(Deliveries::map)
			.optional();
	}

	/** Due rows of enabled endpoints, oldest first: pending ones and lapsed leases. */
	List<Long> due(Instant now, int limit) {
		return this.jdbc
			.sql("""
					SELECT d.id FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
					WHERE e.enabled = TRUE
					  AND ((d.status = 'PENDING' AND d.next_attempt_at <= :now) OR (d.status = 'SENDING' AND d.lease_until < :now))
					ORDER BY d.next_attempt_at, d.id
					LIMIT :limit""")
			.param("now", millis(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Takes a due row for one attempt; false when another worker has it or it is not due.
	 */
	boolean claim(long id, Instant now, Instant leaseUntil) {
		return this.jdbc
			.sql("""
					UPDATE webhook_delivery SET status = 'SENDING', attempts = attempts + 1, lease_until = :lease,
					    last_attempt_at = :now, next_attempt_at = NULL
					WHERE id = :id
					  AND ((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND lease_until < :now))""")
			.param("id", id)
			.param("now", millis(now))
			.param("lease", millis(leaseUntil))
			.update() == 1;
	}

	boolean delivered(Delivery claimed, int statusCode, String response, Instant now) {
		return this.jdbc.sql("""
				UPDATE webhook_delivery SET status = 'DELIVERED', lease_until = NULL, last_status_code = :code,
				    last_error = NULL, last_response = :response, delivered_at = :now
				WHERE id = :id AND status = 'SENDING' AND attempts = :attempts""")
			.param("id", claimed.id())
			.param("attempts", claimed.attempts())
			.param("code", statusCode)
			.param("response", response)
			.param("now", millis(now))
			.update() == 1;
	}

	/** A failed attempt: PENDING again at {@code retryAt}, or FAILED when it is null. */
	boolean failed(Delivery claimed, Integer statusCode, String error, String response, Instant retryAt) {
		return this.jdbc.sql("""
				UPDATE webhook_delivery SET status = :status, lease_until = NULL, next_attempt_at = :retry,
				    last_status_code = :code, last_error = :error, last_response = :response
				WHERE id = :id AND status = 'SENDING' AND attempts = :attempts""")
			.param("id", claimed.id())
			.param("attempts", claimed.attempts())
			.param("status", (retryAt != null) ? DeliveryStatus.PENDING.name() : DeliveryStatus.FAILED.name())
			.param("retry", millis(retryAt))
			.param("code", statusCode)
			.param("error", error)
			.param("response", response)
			.update() == 1;
	}

	/**
	 * Ends a claim's lease now (shutdown): another worker takes the delivery at once.
	 * Only the claim that still holds it (same lease).
	 */
	boolean release(long id, Instant lease, Instant now) {
		return this.jdbc.sql("""
				UPDATE webhook_delivery SET lease_until = :ended
				WHERE id = :id AND status = 'SENDING' AND lease_until = :lease""")
			.param("id", id)
			.param("ended", millis(now.minusMillis(1)))
			.param("lease", millis(lease))
			.update() == 1;
	}

	/**
	 * Due now ("Retry now"): a failed or waiting row; false when it is sending or
	 * delivered.
	 */
	boolean requeue(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = :now
				WHERE id = :id AND status IN ('PENDING', 'FAILED')""")
			.param("id", id)
			.param("now", millis(now))
			.update() == 1;
	}

	/** Gives up every waiting row of a disabled endpoint. */
	int failWaiting(long endpointId, String error) {
		return this.jdbc.sql("""
				UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = :error
				WHERE endpoint_id = :endpoint AND status = 'PENDING'""")
			.param("endpoint", endpointId)
			.param("error", error)
			.update();
	}

	/**
	 * The log of one endpoint, newest first, ids below {@code before} (null: from the
	 * top).
	 */
	List<Delivery> log(long endpointId, Long before, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM webhook_delivery WHERE endpoint_id = :endpoint AND id < :before
				ORDER BY id DESC LIMIT :limit""")
			.param("endpoint", endpointId)
			.param("before", (before != null) ? before : Long.MAX_VALUE)
			.param("limit", limit)
			.query(Deliveries::map)
			.list();
	}

	/** The newest attempted delivery of every endpoint, by endpoint id. */
	Map<Long, Delivery> lastAttempted() {
		return this.jdbc.sql("""
				SELECT * FROM webhook_delivery WHERE id IN (
				    SELECT MAX(id) FROM webhook_delivery WHERE last_attempt_at IS NOT NULL GROUP BY endpoint_id)""")
			.query(Deliveries::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Delivery::endpointId, Function.identity()));
	}

	private static Delivery map(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event_id"),
				rs.getString("event_type"), rs.getString("payload"), DeliveryStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at"),
				nullableInt(rs, "last_status_code"), rs.getString("last_error"), rs.getString("last_response"),
				instant(rs, "created_at"), instant(rs, "delivered_at"));
	}

}
