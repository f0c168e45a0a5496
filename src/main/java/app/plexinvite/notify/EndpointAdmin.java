package app.plexinvite.notify;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The owner's actions on endpoints, for the pages: register, edit, rotate the secret,
 * send a test event, send a delivery again, enable, delete. The pages audit them.
 */
@Service
class EndpointAdmin {

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	private final WebhookSecrets secrets;

	private final DeliveryWorker worker;

	private final Clock clock;

	EndpointAdmin(Endpoints endpoints, Deliveries deliveries, WebhookSecrets secrets, DeliveryWorker worker,
			ObjectProvider<Clock> clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.secrets = secrets;
		this.worker = worker;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Registers it with a fresh secret; its id. */
	long create(EndpointDraft draft) {
		String token = (draft.kind() == EndpointKind.NTFY) ? blankToNull(draft.token()) : null;
		return this.endpoints.insert(draft.name().strip(), draft.kind(), draft.url().strip(), draft.events(),
				this.secrets.sealSecret(this.secrets.newSecret()), this.secrets.sealToken(token), this.clock.instant());
	}

	/** A new token replaces the stored one; a blank one keeps it unless removed. */
	void update(long id, EndpointDraft draft) {
		String token = (draft.kind() == EndpointKind.NTFY) ? blankToNull(draft.token()) : null;
		boolean change = token != null || draft.removeToken() || draft.kind() != EndpointKind.NTFY;
		if (!this.endpoints.update(id, draft.name().strip(), draft.kind(), draft.url().strip(), draft.events(), change,
				this.secrets.sealToken(token), this.clock.instant())) {
			throw new NoSuchElementException("No endpoint " + id);
		}
	}

	/** The signing secret, shown on the endpoint's page. */
	String secret(long id) {
		return this.secrets.openSecret(this.endpoints.sealedSecret(id).orElseThrow());
	}

	void rotateSecret(long id) {
		if (!this.endpoints.replaceSecret(id, this.secrets.sealSecret(this.secrets.newSecret()),
				this.clock.instant())) {
			throw new NoSuchElementException("No endpoint " + id);
		}
	}

	/** Stores a test event for this endpoint alone and sends it now; the delivery. */
	Delivery sendTest(long id) {
		Endpoint endpoint = this.endpoints.find(id).orElseThrow();
		Notification test = Payloads.test(this.clock.instant());
		long delivery = this.deliveries.insert(endpoint.id(), test.id(), EventType.TEST.wireName(), test.json(),
				this.clock.instant());
		this.worker.sendNow(delivery);
		return this.deliveries.find(delivery).orElseThrow();
	}

	/** Sends a waiting or failed delivery now; empty when it was sending or delivered. */
	java.util.Optional<Delivery> retry(long endpointId, long deliveryId) {
		Delivery delivery = this.deliveries.find(deliveryId)
			.filter((found) -> found.endpointId() == endpointId)
			.orElseThrow();
		if (!this.worker.sendNow(delivery.id())) {
			return java.util.Optional.empty();
		}
		return this.deliveries.find(deliveryId);
	}

	boolean enable(long id) {
		return this.endpoints.enable(id, this.clock.instant());
	}

	boolean delete(long id) {
		return this.endpoints.delete(id);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
