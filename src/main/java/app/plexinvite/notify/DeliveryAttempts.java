package app.plexinvite.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.plexinvite.audit.Actor;
import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.crypto.SealedText;
import app.plexinvite.jobs.ClusterJobs;
import app.plexinvite.jobs.WorkInFlight;

/**
 * One attempt at one delivery: claim it (a conditional update, so no two workers send one
 * twice), build the request its endpoint's kind wants, POST it, store the result and the
 * next attempt (the back-off of {@code notify.back-off}, or a 429's Retry-After), and
 * disable the endpoint when the disable rule is met. On shutdown a delivery still being
 * sent after the drain has its lease ended, so another instance sends it at once.
 */
@Component
class DeliveryAttempts {

	private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

	/** The longest Retry-After we follow; a longer one waits this long. */
	private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	private final WebhookSecrets secrets;

	private final WebhookHttp http;

	private final NotifyProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WorkInFlight<Claim> inFlight;

	DeliveryAttempts(Endpoints endpoints, Deliveries deliveries, WebhookSecrets secrets, WebhookHttp http,
			NotifyProperties properties, ApplicationEventPublisher events, ObjectProvider<Clock> clock,
			ClusterJobs jobs) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.secrets = secrets;
		this.http = http;
		this.properties = properties;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.inFlight = jobs.inFlight(DeliveryWorker.JOB, this::release);
	}

	/**
	 * Sends one due delivery; false when it was not due, another worker took it, or this
	 * instance is stopping.
	 */
	boolean attempt(long deliveryId) {
		Instant now = this.clock.instant();
		Claim claim = new Claim(deliveryId, now.plus(this.properties.lease()));
		if (!this.inFlight.begin(claim)) {
			return false;
		}
		try {
			return this.deliveries.claim(deliveryId, now, claim.lease()) && attemptClaimed(deliveryId, now);
		}
		finally {
			this.inFlight.end(claim);
		}
	}

	private void release(List<Claim> claims) {
		Instant now = this.clock.instant();
		claims.forEach((claim) -> this.deliveries.release(claim.id(), claim.lease(), now));
	}

	private boolean attemptClaimed(long deliveryId, Instant now) {
		Delivery claimed = this.deliveries.find(deliveryId).orElse(null);
		Endpoint endpoint = (claimed != null) ? this.endpoints.find(claimed.endpointId()).orElse(null) : null;
		if (endpoint == null) {
			return false;
		}
		HttpOutcome outcome = send(endpoint, claimed, now);
		Instant done = this.clock.instant();
		if (outcome.succeeded()) {
			this.deliveries.delivered(claimed, outcome.status(), outcome.excerpt(), done);
			this.endpoints.recordSuccess(endpoint.id(), done);
			return true;
		}
		this.deliveries.failed(claimed, outcome.status(), outcome.error(), outcome.excerpt(),
				retryAt(claimed, outcome, done));
		this.endpoints.recordFailure(endpoint.id(), done);
		disableIfDue(endpoint.id(), outcome, done);
		return true;
	}

	private HttpOutcome send(Endpoint endpoint, Delivery delivery, Instant now) {
		try {
			OutgoingRequest request = switch (endpoint.kind()) {
				case GENERIC -> Formats.generic(endpoint, delivery,
						this.secrets.openSecret(this.endpoints.sealedSecret(endpoint.id()).orElseThrow()), now);
				case DISCORD -> Formats.discord(endpoint, delivery);
				case NTFY -> Formats.ntfy(endpoint, delivery,
						this.endpoints.sealedToken(endpoint.id()).map(this.secrets::openToken).orElse(null));
			};
			return this.http.post(request);
		}
		catch (SealedText.Unreadable ex) {
			return HttpOutcome
				.noAnswer("the stored secret or token cannot be read with this SECRET_KEY: rotate or re-enter it");
		}
		catch (RuntimeException ex) {
			log.error("Could not build delivery {} for endpoint {}: {}", delivery.id(), endpoint.id(),
					ex.getClass().getSimpleName());
			return HttpOutcome.noAnswer("the request could not be built (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/** The next attempt, or null to give up (test events get one attempt). */
	private Instant retryAt(Delivery delivery, HttpOutcome outcome, Instant now) {
		Duration wait = delivery.retries() ? this.properties.waitAfter(delivery.attempts()) : null;
		if (wait == null) {
			return null;
		}
		if (outcome.retryAfter() != null) {
			wait = outcome.retryAfter().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : outcome.retryAfter();
		}
		return now.plus(wait);
	}

	private void disableIfDue(long endpointId, HttpOutcome last, Instant now) {
		Endpoint endpoint = this.endpoints.find(endpointId).orElse(null);
		if (endpoint == null
				|| !endpoint.shouldDisable(now, this.properties.disableAfter(), this.properties.disableMinFailures())) {
			return;
		}
		String reason = endpoint.consecutiveFailures() + " failed attempts in a row since " + endpoint.failingSince()
				+ " without a success; the last: " + last.error();
		if (this.endpoints.disable(endpointId, reason, now)) {
			this.deliveries.failWaiting(endpointId, "not sent: the endpoint was disabled");
			log.warn("Webhook endpoint {} disabled: {}", endpointId, reason);
			this.events.publishEvent(new EndpointDisabled(endpointId, endpoint.name(), reason, now));
			this.events.publishEvent(new AuditEvent(now, Actor.job("webhooks"), AuditAction.WEBHOOK_DISABLED,
					target(endpoint), AuditOutcome.ok(reason)));
		}
	}

	/**
	 * An endpoint by id, name and host: its path may hold a token (Discord, ntfy topic).
	 */
	static String target(Endpoint endpoint) {
		return "endpoint #" + endpoint.id() + " " + endpoint.name() + " (" + endpoint.host() + ")";
	}

	/** A delivery this instance claimed, until its lease. */
	record Claim(long id, Instant lease) {
	}

}
