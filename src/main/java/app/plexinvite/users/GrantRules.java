package app.plexinvite.users;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import app.plexinvite.invite.AccessGranted;

/** How a share made by a request or a link changes the person it was made for. */
final class GrantRules {

	private GrantRules() {
	}

	/** Someone new: they came through the grant's feature. */
	static Person fresh(AccessGranted grant) {
		PersonOrigin origin = (grant.source() == AccessGranted.Source.LINK) ? PersonOrigin.LINK : PersonOrigin.REQUEST;
		return new Person(0, grant.plexAccountId(), ShareRules.present(grant.username()),
				ShareRules.present(grant.email()), null, PersonState.PENDING, origin, grant.recordId(), grant.label(),
				null, null, false, List.of(), null, null, null, null, 0, 0, null, null, grant.at(), null, grant.at(),
				0);
	}

	/**
	 * The grant applied: the profile and share id it gave, its end date unless they hold
	 * a share with an end date already ({@link #endsAt}); pending or accepted (never
	 * accepted back to pending); names and account filled in where unknown.
	 */
	static Person applied(Person person, AccessGranted grant, boolean isNew) {
		Person next = person.withProfileId(grant.profileId()).withMissingSyncs(0).withStateBeforeGone(null);
		if (grant.plexShareId() != null) {
			next = next.withPlexShareId(grant.plexShareId());
		}
		Instant endsAt = endsAt(person, grant, isNew);
		if (isNew || !Objects.equals(person.accessEndsAt(), endsAt)) {
			next = next.withAccessEndsAt(endsAt)
				.withExpiryWarnedAt(null)
				.withExpiryRetryAt(null)
				.withExpiryFailure(null)
				.withExpiryAttempts(0);
		}
		boolean accepted = grant.accepted() || person.state() == PersonState.ACCEPTED;
		next = next.withState(accepted ? PersonState.ACCEPTED : PersonState.PENDING);
		if (next.plexAccountId() == null && grant.plexAccountId() != null) {
			next = next.withPlexAccountId(grant.plexAccountId());
		}
		if (next.username() == null && ShareRules.present(grant.username()) != null) {
			next = next.withUsername(ShareRules.present(grant.username()));
		}
		if (next.email() == null && ShareRules.present(grant.email()) != null) {
			next = next.withEmail(ShareRules.present(grant.email()));
		}
		return next;
	}

	/**
	 * When their access ends after the grant. Someone who holds a share keeps the end
	 * date they have (the owner may have set it; a new request must not clear or move
	 * it), unless they have none and the grant brings one. Someone new, or whose access
	 * ended, gets the grant's.
	 */
	static Instant endsAt(Person person, AccessGranted grant, boolean isNew) {
		if (isNew || !person.state().holdsShare() || person.accessEndsAt() == null) {
			return grant.accessEndsAt();
		}
		return person.accessEndsAt();
	}

	/** Their history line: what was shared, and the end date it left them with. */
	static PersonEvent event(AccessGranted grant, Person after) {
		String actor = (grant.source() == AccessGranted.Source.LINK)
				? "link " + Objects.requireNonNullElse(grant.label(), "#" + grant.recordId())
				: "request #" + grant.recordId();
		PersonEvent.Kind kind = grant.accepted() ? PersonEvent.Kind.ACCEPTED : PersonEvent.Kind.SHARED;
		String detail = grant.accepted() ? "accepted on their behalf" : "shared with profile #" + grant.profileId()
				+ ((after.accessEndsAt() != null) ? ", access ends " + after.accessEndsAt() : ", no end date");
		if (!Objects.equals(after.accessEndsAt(), grant.accessEndsAt())) {
			detail += " (kept the end date they had; this share's: "
					+ ((grant.accessEndsAt() != null) ? grant.accessEndsAt() : "none") + ")";
		}
		return new PersonEvent(grant.at(), kind, actor, detail);
	}

}
