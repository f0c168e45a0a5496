package app.plexinvite.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.plexinvite.audit.Actor;
import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;

/**
 * Ends one person's access whose end date passed: removes the share or cancels the invite
 * on Plex, then marks them expired, conditionally, so a second or concurrent run never
 * does it twice. A failure is recorded with the next try (1 minute, doubling, at most
 * people.expiry-retry-max).
 */
@Component
class ExpiryRemoval {

	/** What removing one person's access came to. */
	enum Outcome {

		/** Removed on Plex and marked expired. */
		EXPIRED,
		/** Not removed; tried again after the back-off. */
		FAILED,
		/** plex.tv asked us to slow down; nothing recorded. */
		RATE_LIMITED,
		/**
		 * Removed on Plex, but the record changed meanwhile so that nothing is left to
		 * mark.
		 */
		NOTHING_TO_DO

	}

	static final String ACTOR = "job expiry";

	private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	private static final int SAVE_TRIES = 3;

	private final PersonStore store;

	private final PlexClient plex;

	private final PersonWrites writes;

	private final ApplicationEventPublisher events;

	private final PeopleProperties properties;

	private final GoneOnPlex gone;

	private final Clock clock;

	ExpiryRemoval(PersonStore store, PlexClient plex, GoneOnPlex gone, PersonWrites writes,
			ApplicationEventPublisher events, PeopleProperties properties, ObjectProvider<Clock> clock) {
		this.store = store;
		this.plex = plex;
		this.gone = gone;
		this.writes = writes;
		this.events = events;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Ends the access of a person the round listed. The record is read again first: when
	 * the owner extended, cleared, revoked or resent meanwhile, or it is not due any
	 * more, Plex is not called.
	 */
	Outcome remove(Person listed) {
		Person person = this.store.find(listed.id()).filter(this::due).orElse(null);
		if (person == null) {
			return Outcome.NOTHING_TO_DO;
		}
		if (person.plexShareId() == null) {
			return failed(person, "Their share id is not known yet; a sync with plex.tv finds it.");
		}
		long shareId = person.plexShareId();
		try {
			boolean gone = endOnPlex(person, shareId);
			String doubt = gone ? this.gone.whyNotGone(person, shareId) : null;
			return (doubt != null) ? failed(person, doubt) : expired(person, shareId, gone);
		}
		catch (PlexException ex) {
			// plex-protocol.md §11: on a 429 the rest of the round waits.
			return (ex.reason() == PlexException.Reason.RATE_LIMITED) ? Outcome.RATE_LIMITED
					: failed(person, ex.reason().description());
		}
	}

	/**
	 * Removes the share or cancels the invite; true when Plex answered it does not exist
	 * (to be confirmed: {@link GoneOnPlex}).
	 */
	private boolean endOnPlex(Person person, long shareId) {
		try {
			if (person.state() == PersonState.ACCEPTED) {
				// plex-protocol.md §9 (GOPLEX RemoveFriendAccessToLibrary)
				this.plex.removeShare(shareId);
			}
			else {
				// plex-protocol.md §8b (NEVU: v2 DELETE shared_servers)
				this.plex.cancelInvite(shareId);
			}
			return false;
		}
		catch (PlexException ex) {
			if (ex.reason() != PlexException.Reason.UNKNOWN_USER) {
				throw ex;
			}
			return true;
		}
	}

	/**
	 * Marks them expired. When the record changed meanwhile it is read again, and marked
	 * only if it still holds the share just removed and its end has still passed (not
	 * resent or extended meanwhile); otherwise there is nothing left to do.
	 */
	private Outcome expired(Person person, long shareId, boolean gone) {
		String detail = "access ended " + person.accessEndsAt() + ((gone) ? " (already gone on Plex)" : "");
		Person current = person;
		for (int tries = 0; tries < SAVE_TRIES && current != null; tries++) {
			if (save(current, ExpiryRemoval::asExpired, PersonEvent.Kind.EXPIRED, detail)) {
				audit(person, AuditOutcome.ok(detail));
				this.events.publishEvent(new AccessEnded(person.id(), person.displayName(), person.email(),
						PersonState.EXPIRED, this.clock.instant(), this.writes.locale(person.id())));
				return Outcome.EXPIRED;
			}
			current = this.store.find(person.id()).filter(stillEnded(shareId)).orElse(null);
		}
		return Outcome.NOTHING_TO_DO;
	}

	/** The same rule as the round's query ({@link ExpiryQueries#ended}). */
	private boolean due(Person person) {
		Instant now = this.clock.instant();
		return (person.state() == PersonState.ACCEPTED || person.state() == PersonState.PENDING)
				&& person.accessEndsAt() != null && !person.accessEndsAt().isAfter(now)
				&& (person.expiryRetryAt() == null || !person.expiryRetryAt().isAfter(now));
	}

	private Predicate<Person> stillEnded(long shareId) {
		Instant now = this.clock.instant();
		return PersonChanges.holding(shareId)
			.and((current) -> current.accessEndsAt() != null && !current.accessEndsAt().isAfter(now));
	}

	private Outcome failed(Person person, String reason) {
		int attempts = person.expiryAttempts() + 1;
		Instant retryAt = this.clock.instant().plus(backoff(attempts));
		UnaryOperator<Person> change = (current) -> current.withExpiryAttempts(attempts)
			.withExpiryRetryAt(retryAt)
			.withExpiryFailure(truncate(reason));
		if (save(person, change, PersonEvent.Kind.EXPIRY_FAILED, reason + "; next try " + retryAt)) {
			audit(person, AuditOutcome.failed(reason));
		}
		return Outcome.FAILED;
	}

	/** 1 minute after the first failure, doubling, capped at people.expiry-retry-max. */
	Duration backoff(int attempts) {
		Duration max = this.properties.expiryRetryMax();
		Duration delay = FIRST_RETRY;
		for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(max) > 0) ? max : delay;
	}

	private boolean save(Person person, UnaryOperator<Person> change, PersonEvent.Kind kind, String detail) {
		return this.writes.save(person, change, new PersonEvent(this.clock.instant(), kind, ACTOR, detail));
	}

	private void audit(Person person, AuditOutcome outcome) {
		this.events.publishEvent(new AuditEvent(this.clock.instant(), Actor.job("expiry"), AuditAction.ACCESS_EXPIRED,
				PersonChanges.target(person), outcome));
	}

	private static Person asExpired(Person person) {
		return person.withState(PersonState.EXPIRED)
			.withPlexShareId(null)
			.withMissingSyncs(0)
			.withExpiryRetryAt(null)
			.withExpiryFailure(null)
			.withExpiryAttempts(0);
	}

	private static String truncate(String reason) {
		return (reason == null || reason.length() <= 500) ? reason : reason.substring(0, 499) + "…";
	}

}
