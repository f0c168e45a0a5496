package app.plexinvite.users;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;

/**
 * What every owner action on a person shares: the guards, and the conditional save with
 * its history line (again on a re-read record when Plex was changed already).
 */
@Component
class PersonChanges {

	private static final Logger log = LoggerFactory.getLogger(PersonChanges.class);

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	/** How often a change Plex already made is applied again to a re-read record. */
	private static final int SAVE_TRIES = 3;

	private final PersonStore store;

	private final PersonWrites writes;

	private final AuditLog audit;

	private final Clock clock;

	PersonChanges(PersonStore store, PersonWrites writes, AuditLog audit, ObjectProvider<Clock> clock) {
		this.store = store;
		this.writes = writes;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Their language for notifications, or null. */
	Locale locale(long id) {
		return this.writes.locale(id);
	}

	/** Runs an action; a refusal thrown inside becomes its result. */
	/**
	 * Runs one action on a person, turning a refusal into its result. A second action on
	 * the same person while one runs in this instance (a double click, two tabs) is
	 * refused rather than calling Plex twice.
	 */
	ActionResult attempt(long id, Supplier<ActionResult> action) {
		if (!this.running.add(id)) {
			return new ActionRefused("people.result.in-progress").result();
		}
		try {
			return action.get();
		}
		catch (ActionRefused refused) {
			return refused.result();
		}
		finally {
			this.running.remove(id);
		}
	}

	Person find(long id) {
		return this.store.find(id).orElseThrow(() -> new ActionRefused("people.result.not-found"));
	}

	/** Someone holding a share (pending or accepted). */
	Person holder(long id) {
		Person person = find(id);
		if (!person.state().holdsShare()) {
			throw new ActionRefused("people.result.not-holding", person.displayName(), person.state().name());
		}
		return person;
	}

	static long shareId(Person person) {
		if (person.plexShareId() == null) {
			throw new ActionRefused("people.result.no-share-id", person.displayName());
		}
		return person.plexShareId();
	}

	/** Re-read records the change still applies to: they hold this very share still. */
	static Predicate<Person> holding(long shareId) {
		return (current) -> current.state().holdsShare() && Objects.equals(current.plexShareId(), shareId);
	}

	/**
	 * Saves a change Plex already made: when someone changed the record meanwhile, it is
	 * read again and, if the change still applies to it, applied again, so Plex's truth
	 * is never lost. Empty when it no longer applies (someone else ended or replaced that
	 * share meanwhile): then nothing is recorded twice.
	 */
	Optional<Person> savedAfterPlex(Person person, Predicate<Person> stillApplies, UnaryOperator<Person> change,
			PersonEvent.Kind kind, String detail) {
		Person current = person;
		for (int tries = 0; tries < SAVE_TRIES; tries++) {
			if (savedLoudly(current, change, kind, detail)) {
				return Optional.of(find(person.id()));
			}
			current = this.store.find(person.id()).filter(stillApplies).orElse(null);
			if (current == null) {
				log.info("{}: {} on Plex; the record changed meanwhile and needs no more", target(person), detail);
				return Optional.empty();
			}
		}
		log.error("{}: {} on Plex, but the record kept changing and was not saved; the next sync corrects it",
				target(person), detail);
		throw new ActionRefused("people.result.changed-meanwhile", person.displayName());
	}

	/**
	 * Saves a change made here only; when someone changed the record meanwhile, refuses.
	 */
	Person saved(Person person, UnaryOperator<Person> change, PersonEvent.Kind kind, String detail) {
		if (!save(person, change, kind, detail)) {
			throw new ActionRefused("people.result.changed-meanwhile", person.displayName());
		}
		return find(person.id());
	}

	/** Plex was changed already: a failing save is logged loudly before it goes on. */
	private boolean savedLoudly(Person person, UnaryOperator<Person> change, PersonEvent.Kind kind, String detail) {
		try {
			return save(person, change, kind, detail);
		}
		catch (RuntimeException ex) {
			log.error("{}: {} on Plex, but saving the record failed; the next sync corrects what it can",
					target(person), detail, ex);
			throw ex;
		}
	}

	private boolean save(Person person, UnaryOperator<Person> change, PersonEvent.Kind kind, String detail) {
		return this.writes.save(person, change, new PersonEvent(now(), kind, OwnerName.actor(), detail));
	}

	void audited(AuditAction action, Person person, AuditOutcome outcome) {
		this.audit.ownerDid(action, target(person), outcome);
	}

	/** The audit log's target: display name and id, never a token. */
	static String target(Person person) {
		return person.displayName() + " (#" + person.id() + ")";
	}

}
