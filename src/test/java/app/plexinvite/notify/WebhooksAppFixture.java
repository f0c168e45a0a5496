package app.plexinvite.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;

/**
 * The whole app with the delivery worker off (tests call it), a clock tests move and
 * short timeouts; every test starts without endpoints and closes the receivers it
 * started. Subclasses share one context.
 */
@AppTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(WebhooksAppFixture.Config.class)
abstract class WebhooksAppFixture {

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Endpoints endpoints;

	@Autowired
	Deliveries deliveries;

	@Autowired
	EndpointAdmin admin;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebhookSecrets secrets;

	private final List<Receiver> receivers = new ArrayList<>();

	@DynamicPropertySource
	static void workerOffAndShortTimeouts(DynamicPropertyRegistry registry) {
		registry.add("notify.worker-enabled", () -> "false");
		registry.add("notify.connect-timeout", () -> "1s");
		registry.add("notify.request-timeout", () -> "1s");
	}

	@BeforeEach
	void noEndpoints() {
		this.jdbc.sql("DELETE FROM webhook_endpoint").update();
	}

	@AfterEach
	void closeReceivers() {
		this.receivers.forEach(Receiver::close);
	}

	Receiver receiver() {
		Receiver receiver = new Receiver();
		this.receivers.add(receiver);
		return receiver;
	}

	/**
	 * A generic endpoint for these events (all when none), registered as the owner would.
	 */
	long generic(String url, EventType... events) {
		return this.admin.create(new EndpointDraft("Receiver", EndpointKind.GENERIC, url, events(events), null, false));
	}

	/**
	 * Discord and ntfy endpoints at a local address (the form only accepts Discord's
	 * hosts, so these bypass it).
	 */
	long stored(EndpointKind kind, String url, String ntfyToken, EventType... events) {
		return this.endpoints.insert(kind.name(), kind, url, events(events),
				this.secrets.sealSecret(this.secrets.newSecret()), this.secrets.sealToken(ntfyToken),
				this.clock.instant());
	}

	static Set<EventType> events(EventType... events) {
		return (events.length == 0) ? EnumSet.copyOf(EventType.subscribable()) : EnumSet.of(events[0], events);
	}

	List<Delivery> log(long endpointId) {
		return this.deliveries.log(endpointId, null, 100);
	}

	Delivery only(long endpointId) {
		List<Delivery> log = log(endpointId);
		if (log.size() != 1) {
			throw new AssertionError("Expected one delivery, found " + log);
		}
		return log.get(0);
	}

	Endpoint endpoint(long id) {
		return this.endpoints.find(id).orElseThrow();
	}

	/**
	 * Imported, not nested as a default configuration (Spring Framework 7.1 reads those).
	 */
	static class Config {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
		}

	}

}
