package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.plex.PlexClient;

/**
 * The owner's actions on people, applied to Plex through the client first and recorded
 * (history, audit log) after Plex agreed. Ending access lives here; sharing again,
 * changing access, dates and notes, and bulk runs in their own classes.
 */
@Component
class PersonActions {

	private final PersonChanges changes;

	private final OwnerPlexCalls calls;

	private final PlexClient plex;

	private final ShareAgain shareAgain;

	private final AccessChanges access;

	private final PersonDetails details;

	private final BulkRun bulk;

	private final ApplicationEventPublisher events;

	PersonActions(PersonChanges changes, OwnerPlexCalls calls, PlexClient plex, ShareAgain shareAgain,
			AccessChanges access, PersonDetails details, BulkRun bulk, ApplicationEventPublisher events) {
		this.changes = changes;
		this.calls = calls;
		this.plex = plex;
		this.shareAgain = shareAgain;
		this.access = access;
		this.details = details;
		this.bulk = bulk;
		this.events = events;
	}

	/**
	 * Accepted: removes the share (plex-protocol.md §9, GOPLEX
	 * RemoveFriendAccessToLibrary); pending: cancels the invite (§8b, NEVU).
	 */
	ActionResult revoke(long id) {
		return this.changes.attempt(id, () -> {
			Person person = this.changes.holder(id);
			long shareId = PersonChanges.shareId(person);
			boolean accepted = person.state() == PersonState.ACCEPTED;
			boolean gone = this.calls.endOnPlex(person, shareId, AuditAction.PERSON_REVOKED, () -> {
				if (accepted) {
					this.plex.removeShare(shareId);
				}
				else {
					this.plex.cancelInvite(shareId);
				}
			});
			String detail = (accepted ? "share removed" : "invite cancelled") + alreadyGone(gone);
			Optional<Person> saved = this.changes.savedAfterPlex(person, PersonChanges.holding(shareId),
					PersonActions::ended, PersonEvent.Kind.REVOKED, detail);
			saved.ifPresent((revoked) -> {
				this.changes.audited(AuditAction.PERSON_REVOKED, revoked, AuditOutcome.ok(detail));
				this.events.publishEvent(new AccessEnded(revoked.id(), revoked.displayName(), revoked.email(),
						PersonState.REVOKED, this.changes.now(), this.changes.locale(revoked.id())));
			});
			return ActionResult.done("people.result.revoked", person.displayName());
		});
	}

	/** Withdraws a pending invite (plex-protocol.md §8b: v2 DELETE shared_servers). */
	ActionResult cancelInvite(long id) {
		return this.changes.attempt(id, () -> {
			Person person = this.changes.find(id);
			if (person.state() != PersonState.PENDING) {
				throw new ActionRefused("people.result.not-pending", person.displayName());
			}
			long shareId = PersonChanges.shareId(person);
			boolean gone = this.calls.endOnPlex(person, shareId, AuditAction.PERSON_INVITE_CANCELLED,
					() -> this.plex.cancelInvite(shareId));
			String detail = "invite cancelled" + alreadyGone(gone);
			this.changes
				.savedAfterPlex(person, PersonChanges.holding(shareId), PersonActions::ended,
						PersonEvent.Kind.INVITE_CANCELLED, detail)
				.ifPresent((cancelled) -> this.changes.audited(AuditAction.PERSON_INVITE_CANCELLED, cancelled,
						AuditOutcome.ok(detail)));
			return ActionResult.done("people.result.invite-cancelled", person.displayName());
		});
	}

	ActionResult resendInvite(long id) {
		return this.shareAgain.resendInvite(id);
	}

	ActionResult giveAccessAgain(long id) {
		return this.shareAgain.giveAccessAgain(id);
	}

	ActionResult changeProfile(long id, long profileId) {
		return this.access.changeProfile(id, profileId);
	}

	ActionResult changeAccess(long id, AccessChoice choice) {
		return this.access.changeAccess(id, choice);
	}

	ActionResult setExpiry(long id, Instant endsAt) {
		return this.details.setExpiry(id, endsAt);
	}

	ActionResult extendExpiry(long id, Duration by) {
		return this.details.extendExpiry(id, by);
	}

	ActionResult saveNote(long id, String note) {
		return this.details.saveNote(id, note);
	}

	BulkResult bulk(BulkAction action, Collection<Long> ids) {
		return this.bulk.run(action, ids, this);
	}

	/** Revoked here: no share any more, nothing left for the expiry job. */
	static Person ended(Person person) {
		return person.withState(PersonState.REVOKED)
			.withPlexShareId(null)
			.withMissingSyncs(0)
			.withExpiryRetryAt(null)
			.withExpiryFailure(null)
			.withExpiryAttempts(0);
	}

	private static String alreadyGone(boolean gone) {
		return gone ? " (already gone on Plex)" : "";
	}

}
