package app.plexinvite.notify;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.invite.RequestCreated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endpoint that fails for 24 hours without a single success (and at least 10 attempts
 * in a row) is disabled: waiting deliveries give up, the owner is told (dashboard list,
 * audit entry, EndpointDisabled), new events store nothing for it, and enabling it starts
 * afresh.
 */
class DisableRuleTests extends WebhooksAppFixture {

	@Autowired
	Webhooks webhooks;

	private void publish(long id) {
		this.publisher.publishEvent(new RequestCreated(id, "alice", null, false, null, null, this.clock.instant()));
	}

	/**
	 * Runs the worker through one delivery's whole back-off schedule (about 14 hours).
	 */
	private void failThroughTheSchedule() {
		this.worker.runOnce();
		for (int i = 0; i < 8; i++) {
			this.clock.advance(Duration.ofHours(6));
			this.worker.runOnce();
		}
	}

	@Test
	void disablesAnEndpointThatFailedForADayWithoutASuccess() {
		Receiver receiver = receiver().always(500);
		long endpoint = generic(receiver.url("/"), EventType.REQUEST_CREATED);

		publish(1);
		failThroughTheSchedule();
		assertThat(endpoint(endpoint).enabled()).isTrue();
		assertThat(endpoint(endpoint).consecutiveFailures()).isEqualTo(9);

		this.clock.advance(Duration.ofHours(1));
		publish(2);
		publish(3);
		this.worker.runOnce();

		Endpoint disabled = endpoint(endpoint);
		assertThat(disabled.enabled()).isFalse();
		assertThat(disabled.disabledReason()).startsWith("10 failed attempts in a row since")
			.endsWith("the last: the receiver answered HTTP 500");
		assertThat(receiver.received()).hasSize(10);
		assertThat(log(endpoint))
			.allSatisfy((delivery) -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED));
		assertThat(this.events.stream(EndpointDisabled.class)).singleElement()
			.satisfies((event) -> assertThat(event.endpointId()).isEqualTo(endpoint));
		assertThat(this.events.stream(AuditEvent.class))
			.filteredOn((event) -> event.action() == AuditAction.WEBHOOK_DISABLED)
			.singleElement()
			.satisfies((event) -> assertThat(event.actor().job()).isTrue());
		assertThat(this.webhooks.disabledEndpoints()).extracting(EndpointDisabled::endpointId)
			.containsExactly(endpoint);

		publish(4);
		this.clock.advance(Duration.ofDays(1));
		this.worker.runOnce();
		assertThat(log(endpoint)).hasSize(3);
		assertThat(receiver.received()).hasSize(10);

		assertThat(this.admin.enable(endpoint)).isTrue();
		assertThat(endpoint(endpoint).consecutiveFailures()).isZero();
		assertThat(this.webhooks.disabledEndpoints()).isEmpty();
	}

	@Test
	void aSuccessInBetweenStartsTheCountAgain() {
		Receiver receiver = receiver().always(500);
		long endpoint = generic(receiver.url("/"), EventType.REQUEST_CREATED);
		publish(1);
		failThroughTheSchedule();

		receiver.answer(200);
		this.clock.advance(Duration.ofHours(12));
		publish(2);
		this.worker.runOnce();
		publish(3);
		this.worker.runOnce();

		assertThat(endpoint(endpoint).enabled()).isTrue();
		assertThat(endpoint(endpoint).consecutiveFailures()).isEqualTo(1);
	}

}
