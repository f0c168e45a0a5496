package app.plexinvite.notify;

import java.time.Instant;

/**
 * One event for one endpoint: the outbox row the worker sends, and a line of the delivery
 * log.
 *
 * @param id the delivery
 * @param endpointId the endpoint
 * @param eventId the event's id (a UUID; the same for every endpoint it went to)
 * @param eventType the event's wire name ({@code request.created}, {@code test})
 * @param payload the event's JSON, as a generic endpoint receives it
 * @param status where it stands
 * @param attempts attempts made so far
 * @param nextAttemptAt when it is due (PENDING), else null
 * @param lastAttemptAt when the last attempt started, or null
 * @param lastStatusCode the receiver's last HTTP status, or null (no answer)
 * @param lastError our short sentence about the last failure, or null
 * @param lastResponse a short, cleaned excerpt of the receiver's last answer, or null
 * @param createdAt when the event was stored for this endpoint
 * @param deliveredAt when a 2xx came, or null
 */
record Delivery(long id, long endpointId, String eventId, String eventType, String payload, DeliveryStatus status,
		int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
		String lastResponse, Instant createdAt, Instant deliveredAt) {

	/** Test events get one attempt; the others follow the back-off schedule. */
	boolean retries() {
		return !EventType.TEST.wireName().equals(this.eventType);
	}

}
