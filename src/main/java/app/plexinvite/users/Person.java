package app.plexinvite.users;

import java.time.Instant;
import java.util.List;

/**
 * One person with (or who had) access to the server.
 *
 * @param id our id
 * @param plexAccountId their plex.tv account id, or null for an invite to an e-mail
 * address with no Plex account
 * @param username Plex username, or null
 * @param email e-mail, or null
 * @param title display name from plex.tv, or null
 * @param state where they stand
 * @param origin how they came
 * @param originRef the request id or link redemption id they came from, or null
 * @param originLabel the link's label, or null
 * @param plexShareId their share of this server, or null when not known
 * @param profileId the access profile they hold, or null (imported: whatever Plex has)
 * @param allLibraries whether every library is shared with them
 * @param libraryIds plex.tv section ids shared with them (empty when all or unknown)
 * @param accessEndsAt when their access ends, or null for unlimited
 * @param expiryWarnedAt when the expiring-soon event was published for this end date, or
 * null
 * @param expiryRetryAt when the expiry job tries removing their ended access again, or
 * null
 * @param expiryFailure why removing their expired access failed last, or null
 * @param expiryAttempts how many removals failed in a row
 * @param missingSyncs consecutive complete syncs that did not list them
 * @param stateBeforeGone their state before they were marked gone (for undo), or null
 * @param note the owner's note, or null
 * @param joinedAt when they came (or were first seen)
 * @param lastSeenAt when a sync last listed them, or null
 * @param updatedAt when this record last changed
 * @param version how many times this record was written (each save checks it, so two
 * writers never overwrite each other silently)
 */
public record Person(long id, Long plexAccountId, String username, String email, String title, PersonState state,
		PersonOrigin origin, Long originRef, String originLabel, Long plexShareId, Long profileId, boolean allLibraries,
		List<Long> libraryIds, Instant accessEndsAt, Instant expiryWarnedAt, Instant expiryRetryAt,
		String expiryFailure, int expiryAttempts, int missingSyncs, PersonState stateBeforeGone, String note,
		Instant joinedAt, Instant lastSeenAt, Instant updatedAt, long version) {

	public Person {
		libraryIds = List.copyOf(libraryIds);
	}

	/** What the owner calls them: username, else e-mail, else title. */
	public String displayName() {
		if (this.username != null && !this.username.isBlank()) {
			return this.username;
		}
		if (this.email != null && !this.email.isBlank()) {
			return this.email;
		}
		return (this.title != null) ? this.title : "#" + this.id;
	}

	/** What Plex knows them by when sharing again: username, else e-mail. */
	public String shareName() {
		return (this.username != null && !this.username.isBlank()) ? this.username : this.email;
	}

	// Package-private withers: each returns a copy with one field changed.

	Person withPlexAccountId(Long value) {
		return new Person(this.id, value, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withUsername(String value) {
		return new Person(this.id, this.plexAccountId, value, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withEmail(String value) {
		return new Person(this.id, this.plexAccountId, this.username, value, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withTitle(String value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, value, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withState(PersonState value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, value, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withOrigin(PersonOrigin value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, value,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withPlexShareId(Long value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, value, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withProfileId(Long value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, value, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withAllLibraries(boolean value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, value, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withLibraryIds(List<Long> value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, value,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withAccessEndsAt(Instant value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				value, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withExpiryWarnedAt(Instant value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, value, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withExpiryRetryAt(Instant value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, value, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withExpiryFailure(String value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, value, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withExpiryAttempts(int value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, value,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withMissingSyncs(int value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				value, this.stateBeforeGone, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt, this.version);
	}

	Person withStateBeforeGone(PersonState value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, value, this.note, this.joinedAt, this.lastSeenAt, this.updatedAt, this.version);
	}

	Person withNote(String value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, value, this.joinedAt, this.lastSeenAt, this.updatedAt,
				this.version);
	}

	Person withLastSeenAt(Instant value) {
		return new Person(this.id, this.plexAccountId, this.username, this.email, this.title, this.state, this.origin,
				this.originRef, this.originLabel, this.plexShareId, this.profileId, this.allLibraries, this.libraryIds,
				this.accessEndsAt, this.expiryWarnedAt, this.expiryRetryAt, this.expiryFailure, this.expiryAttempts,
				this.missingSyncs, this.stateBeforeGone, this.note, this.joinedAt, value, this.updatedAt, this.version);
	}

}
