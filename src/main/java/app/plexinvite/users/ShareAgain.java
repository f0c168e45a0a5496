package app.plexinvite.users;

import java.time.Instant;

import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.ShareResult;
import app.plexinvite.profiles.AccessProfiles;

/**
 * Sharing with a person again: a pending invite sent anew, or access given back to
 * someone whose access ended. Both share with their profile as it is now, or with the
 * libraries recorded on them.
 */
@Component
class ShareAgain {

	private final PersonChanges changes;

	private final OwnerPlexCalls calls;

	private final PlexClient plex;

	private final AccessProfiles profiles;

	ShareAgain(PersonChanges changes, OwnerPlexCalls calls, PlexClient plex, AccessProfiles profiles) {
		this.changes = changes;
		this.calls = calls;
		this.plex = plex;
		this.profiles = profiles;
	}

	/**
	 * Cancels the pending invite (plex-protocol.md §8b) and invites again (§5a, PPA
	 * inviteFriend): plex.tv sends a fresh invitation under a new share id.
	 */
	ActionResult resendInvite(long id) {
		return this.changes.attempt(id, () -> {
			Person person = this.changes.find(id);
			if (person.state() != PersonState.PENDING) {
				throw new ActionRefused("people.result.not-pending", person.displayName());
			}
			long shareId = PersonChanges.shareId(person);
			String name = shareName(person);
			SharePlan plan = SharePlan.of(person, this.profiles);
			this.calls.endOnPlex(person, shareId, AuditAction.PERSON_INVITE_RESENT,
					() -> this.plex.cancelInvite(shareId));
			ShareResult shared;
			try {
				shared = this.plex.share(name, plan.selection(), plan.settings());
			}
			catch (PlexException ex) {
				throw cancelledOnly(person, shareId, ex);
			}
			String detail = plan.describe();
			Person saved = this.changes
				.savedAfterPlex(person, (current) -> true,
						(current) -> plan.recordedOn(current)
							.withState(PersonState.PENDING)
							.withPlexShareId(shared.shareId()),
						PersonEvent.Kind.INVITE_RESENT, detail)
				.orElseThrow();
			this.changes.audited(AuditAction.PERSON_INVITE_RESENT, saved, AuditOutcome.ok(detail));
			return ActionResult.done("people.result.invite-resent", saved.displayName());
		});
	}

	/**
	 * The old invite is cancelled on Plex but the new one failed: that truth is recorded
	 * and audited (cancelled), and the owner told so.
	 */
	private ActionRefused cancelledOnly(Person person, long shareId, PlexException ex) {
		String reason = ex.reason().description();
		this.changes.audited(AuditAction.PERSON_INVITE_RESENT, person, AuditOutcome.failed(reason));
		String detail = "invite cancelled to send it again; sending it again failed: " + reason;
		this.changes
			.savedAfterPlex(person, PersonChanges.holding(shareId), PersonActions::ended,
					PersonEvent.Kind.INVITE_CANCELLED, detail)
			.ifPresent((cancelled) -> this.changes.audited(AuditAction.PERSON_INVITE_CANCELLED, cancelled,
					AuditOutcome.ok(detail)));
		return new ActionRefused("people.result.resend-failed", person.displayName(), reason);
	}

	/**
	 * Shares again (plex-protocol.md §5a) with someone expired, revoked or gone; they are
	 * pending until they accept, and their access ends after their profile's days from
	 * now (or never).
	 */
	ActionResult giveAccessAgain(long id) {
		return this.changes.attempt(id, () -> {
			Person person = this.changes.find(id);
			if (person.state().holdsShare()) {
				throw new ActionRefused("people.result.holds-share", person.displayName());
			}
			String name = shareName(person);
			SharePlan plan = SharePlan.of(person, this.profiles);
			ShareResult shared = this.calls.onPlex(person, AuditAction.PERSON_ACCESS_GIVEN_AGAIN,
					() -> this.plex.share(name, plan.selection(), plan.settings()));
			Instant now = this.changes.now();
			Instant endsAt = (plan.profile() != null) ? plan.profile().accessEndsAt(now).orElse(null) : null;
			String detail = plan.describe() + ((endsAt != null) ? ", until " + endsAt : "");
			Person saved = this.changes
				.savedAfterPlex(person, (current) -> true,
						(current) -> plan.recordedOn(current)
							.withState(PersonState.PENDING)
							.withPlexShareId(shared.shareId())
							.withStateBeforeGone(null)
							.withMissingSyncs(0)
							.withAccessEndsAt(endsAt)
							.withExpiryWarnedAt(null)
							.withExpiryRetryAt(null)
							.withExpiryFailure(null)
							.withExpiryAttempts(0),
						PersonEvent.Kind.ACCESS_GIVEN_AGAIN, detail)
				.orElseThrow();
			this.changes.audited(AuditAction.PERSON_ACCESS_GIVEN_AGAIN, saved, AuditOutcome.ok(detail));
			return ActionResult.done("people.result.access-given-again", saved.displayName());
		});
	}

	/** Plex knows them by username or e-mail; without either they cannot be invited. */
	private static String shareName(Person person) {
		if (person.shareName() == null || person.shareName().isBlank()) {
			throw new ActionRefused("people.result.no-share-id", person.displayName());
		}
		return person.shareName();
	}

}
