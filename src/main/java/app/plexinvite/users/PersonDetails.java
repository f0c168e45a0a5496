package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditOutcome;

/**
 * What the owner records about a person without calling Plex: when their access ends (the
 * expiry job acts on it) and a note.
 */
@Component
class PersonDetails {

	static final int MAX_NOTE = 2000;

	/** The furthest end date: ten years from now (and no overflow of stored millis). */
	static final Duration LONGEST = Duration.ofDays(3650);

	private final PersonChanges changes;

	PersonDetails(PersonChanges changes) {
		this.changes = changes;
	}

	/**
	 * Null clears the end; an end in the past, or more than {@link #LONGEST} away, is
	 * refused.
	 */
	ActionResult setExpiry(long id, Instant endsAt) {
		return this.changes.attempt(id, () -> expiry(this.changes.holder(id), endsAt));
	}

	/** From the current end, or from now when there is none. */
	ActionResult extendExpiry(long id, Duration by) {
		return this.changes.attempt(id, () -> {
			Person person = this.changes.holder(id);
			if (by == null || by.isNegative() || by.isZero()) {
				throw new ActionRefused("people.result.expiry-in-past", person.displayName());
			}
			if (by.compareTo(LONGEST) > 0) {
				throw new ActionRefused("people.result.expiry-too-far", person.displayName());
			}
			Instant from = (person.accessEndsAt() != null) ? person.accessEndsAt() : this.changes.now();
			return expiry(person, from.plus(by));
		});
	}

	ActionResult saveNote(long id, String note) {
		return this.changes.attempt(id, () -> {
			Person person = this.changes.find(id);
			String cleaned = (note == null || note.isBlank()) ? null : note.strip();
			if (cleaned != null && cleaned.length() > MAX_NOTE) {
				throw new ActionRefused("people.result.note-too-long", person.displayName());
			}
			String detail = (cleaned != null) ? "note saved" : "note cleared";
			Person saved = this.changes.saved(person, (current) -> current.withNote(cleaned),
					PersonEvent.Kind.NOTE_CHANGED, detail);
			this.changes.audited(AuditAction.PERSON_NOTE_CHANGED, saved, AuditOutcome.ok(detail));
			return ActionResult.done("people.result.note-saved", saved.displayName());
		});
	}

	/**
	 * A new end starts the expiry job afresh for them: no warning sent yet, no failed
	 * removal pending.
	 */
	private ActionResult expiry(Person person, Instant endsAt) {
		Instant now = this.changes.now();
		if (endsAt != null && !endsAt.isAfter(now)) {
			throw new ActionRefused("people.result.expiry-in-past", person.displayName());
		}
		if (endsAt != null && endsAt.isAfter(now.plus(LONGEST))) {
			throw new ActionRefused("people.result.expiry-too-far", person.displayName());
		}
		PersonEvent.Kind kind = (endsAt != null) ? PersonEvent.Kind.EXPIRY_SET : PersonEvent.Kind.EXPIRY_CLEARED;
		String detail = (endsAt != null) ? "access ends " + endsAt : "access never ends";
		Person saved = this.changes.saved(person,
				(current) -> current.withAccessEndsAt(endsAt)
					.withExpiryWarnedAt(null)
					.withExpiryRetryAt(null)
					.withExpiryFailure(null)
					.withExpiryAttempts(0),
				kind, detail);
		this.changes.audited(AuditAction.PERSON_EXPIRY_CHANGED, saved, AuditOutcome.ok(detail));
		return ActionResult.done((endsAt != null) ? "people.result.expiry-set" : "people.result.expiry-cleared",
				saved.displayName());
	}

}
