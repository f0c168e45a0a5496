package app.plexinvite.users;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.plex.PlexException;

/**
 * What every owner action on a person shares: the guards, calling Plex with its failure
 * turned into a refusal (audited), and the conditional save with its history line.
 */
@Component
class PersonChanges {

	/** How often a change Plex already made is applied again to a re-read record. */
	private static final int SAVE_TRIES = 3;

	private final PersonStore store;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final Clock clock;

	PersonChanges(PersonStore store, TransactionTemplate transaction, AuditLog audit, ObjectProvider<Clock> clock) {
		this.store = store;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Runs an action; a refusal thrown inside becomes its result. */
	ActionResult attempt(Supplier<ActionResult> action) {
		try {
			return action.get();
		}
		catch (ActionRefused refused) {
			return refused.result();
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

	/** A Plex call; its failure is audited and refuses the action. */
	<T> T onPlex(Person person, AuditAction action, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (PlexException ex) {
			this.audit.ownerDid(action, target(person), AuditOutcome.failed(ex.getMessage()));
			throw new ActionRefused("people.result.plex-failed", person.displayName(), ex.reason().description());
		}
	}

	/**
	 * Removing or cancelling on Plex: a 404 / UNKNOWN_USER means it is gone already,
	 * which is what was wanted. Returns whether it was gone already.
	 */
	boolean endOnPlex(Person person, AuditAction action, Runnable call) {
		return onPlex(person, action, () -> {
			try {
				call.run();
				return false;
			}
			catch (PlexException ex) {
				if (ex.reason() != PlexException.Reason.UNKNOWN_USER) {
					throw ex;
				}
				return true;
			}
		});
	}

	/**
	 * Saves a change Plex already made: when someone changed the record meanwhile, it is
	 * read again and the change applied again, so Plex's truth is never lost.
	 */
	Person savedAfterPlex(Person person, UnaryOperator<Person> change, PersonEvent.Kind kind, String detail) {
		Person current = person;
		for (int tries = 0; tries < SAVE_TRIES; tries++) {
			if (save(current, change, kind, detail)) {
				return find(person.id());
			}
			current = find(person.id());
		}
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

	private boolean save(Person person, UnaryOperator<Person> change, PersonEvent.Kind kind, String detail) {
		Instant now = now();
		Boolean saved = this.transaction.execute((status) -> {
			if (!this.store.save(change.apply(person), now)) {
				return false;
			}
			this.store.record(person.id(), new PersonEvent(now, kind, ownerActor(), detail));
			return true;
		});
		return Boolean.TRUE.equals(saved);
	}

	void audited(AuditAction action, Person person, AuditOutcome outcome) {
		this.audit.ownerDid(action, target(person), outcome);
	}

	/**
	 * Who did it, for the history: "owner &lt;name&gt;", or "owner" when nobody signed
	 * in.
	 */
	static String ownerActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean named = authentication != null && authentication.isAuthenticated() && authentication.getName() != null
				&& !authentication.getName().isBlank();
		return named ? "owner " + authentication.getName() : "owner";
	}

	/** The audit log's target: display name and id, never a token. */
	static String target(Person person) {
		return person.displayName() + " (#" + person.id() + ")";
	}

}
