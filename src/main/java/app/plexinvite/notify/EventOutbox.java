package app.plexinvite.notify;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.InviteFailed;
import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.RequestDecided;
import app.plexinvite.links.LinkRedeemed;
import app.plexinvite.users.AccessEnded;
import app.plexinvite.users.AccessExpiringSoon;
import app.plexinvite.users.PersonJoined;

/**
 * Turns the other features' events into deliveries: inside the publisher's transaction
 * (behind a savepoint; a transaction of its own without one), the payload is built once
 * and one row is stored per enabled endpoint that subscribes to the type, so a change
 * that rolls back reports nothing. Nothing here calls the network, and a failure is
 * logged, never thrown into the publisher.
 */
@Component
class EventOutbox {

	private static final Logger log = LoggerFactory.getLogger(EventOutbox.class);

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	private final TransactionTemplate nested;

	private final Clock clock;

	EventOutbox(Endpoints endpoints, Deliveries deliveries, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@EventListener(classes = { RequestCreated.class, RequestDecided.class, AccessGranted.class, InviteFailed.class,
			PersonJoined.class, LinkRedeemed.class, AccessExpiringSoon.class, AccessEnded.class })
	void on(Object event) {
		try {
			Payloads.of(event, this.clock.instant())
				.ifPresent((notification) -> this.nested.executeWithoutResult((status) -> store(notification)));
		}
		catch (RuntimeException ex) {
			log.error("Could not store webhook deliveries for {}: {}", event.getClass().getSimpleName(),
					ex.getClass().getSimpleName());
		}
	}

	/** One delivery per subscribed, enabled endpoint; the number stored. */
	int store(Notification notification) {
		List<Endpoint> subscribed = this.endpoints.enabled()
			.stream()
			.filter((endpoint) -> endpoint.subscribes(notification.type()))
			.toList();
		if (subscribed.isEmpty()) {
			return 0;
		}
		String json = notification.json();
		for (Endpoint endpoint : subscribed) {
			this.deliveries.insert(endpoint.id(), notification.id(), notification.type().wireName(), json,
					this.clock.instant());
		}
		return subscribed.size();
	}

}
