package app.plexinvite.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import app.plexinvite.plex.ServerShares.ServerShare;
import app.plexinvite.users.ShareMerge.Merged;

/** How one share plex.tv listed (or did not list) changes one person. */
final class ShareRules {

	private ShareRules() {
	}

	/**
	 * Someone shared outside Plex Invite: listed as imported, their libraries as Plex has
	 * them, no profile, never touched until the owner acts.
	 */
	static Person imported(ServerShare share, Instant now) {
		return new Person(0, share.plexAccountId(), present(share.username()), present(share.email()),
				present(share.title()), share.accepted() ? PersonState.ACCEPTED : PersonState.PENDING,
				PersonOrigin.IMPORTED, null, null, share.shareId(), null, share.allLibraries(), libraries(share), null,
				null, null, null, 0, 0, null, null, now, now, now, 0);
	}

	/**
	 * plex.tv lists them: Plex's share id, libraries, acceptance and names win, unless
	 * the person changed after plex.tv was asked (a revoke, an expiry, a resend: the
	 * answer may predate it), when only their names and last-seen time are taken; the
	 * next sync reads the rest.
	 */
	static Merged listed(Person stored, ServerShare share, Instant now, Instant asked) {
		if (changedSince(stored, asked)) {
			return new Merged(names(stored, share).withLastSeenAt(now).withMissingSyncs(0), List.of());
		}
		List<PersonEvent> events = new ArrayList<>();
		Person next = names(stored, share).withPlexShareId(share.shareId()).withLastSeenAt(now).withMissingSyncs(0);
		if (share.allLibraries() || !share.librarySectionIds().isEmpty()) {
			next = next.withAllLibraries(share.allLibraries()).withLibraryIds(libraries(share));
			if (stored.state().holdsShare() && librariesKnown(stored) && librariesDiffer(stored, next)) {
				events.add(event(now, PersonEvent.Kind.ACCESS_CHANGED, "libraries changed on plex.tv"));
			}
		}
		PersonState listedState = share.accepted() ? PersonState.ACCEPTED : PersonState.PENDING;
		if (!stored.state().holdsShare()) {
			next = backOnPlex(next, listedState);
			events.add(event(now, PersonEvent.Kind.BACK_ON_PLEX, "listed by plex.tv again after "
					+ stored.state().name().toLowerCase(Locale.ROOT) + ": shared outside Plex Invite"));
		}
		else if (stored.state() == PersonState.PENDING && share.accepted()) {
			next = next.withState(PersonState.ACCEPTED);
			events.add(event(now, PersonEvent.Kind.ACCEPTED, "accepted the invite"));
		}
		return new Merged(next, events);
	}

	/**
	 * A complete sync did not list a holder: one more missing sync; gone at
	 * {@link ShareMerge#GONE_AFTER}. People who no longer hold a share, or who changed
	 * after plex.tv was asked (shared again meanwhile), are left alone.
	 */
	static Merged missing(Person stored, Instant now, Instant asked) {
		if (!stored.state().holdsShare() || changedSince(stored, asked)) {
			return new Merged(stored, List.of());
		}
		int missing = stored.missingSyncs() + 1;
		if (missing < ShareMerge.GONE_AFTER) {
			return new Merged(stored.withMissingSyncs(missing), List.of());
		}
		Person gone = stored.withMissingSyncs(missing).withStateBeforeGone(stored.state()).withState(PersonState.GONE);
		return new Merged(gone, List.of(event(now, PersonEvent.Kind.MARKED_GONE,
				"not listed by plex.tv in " + missing + " complete syncs in a row")));
	}

	/**
	 * Listed again after their access ended here: Plex's truth wins, and an end date that
	 * passed would only remove the new share again, so it is cleared.
	 */
	private static Person backOnPlex(Person person, PersonState state) {
		return person.withState(state)
			.withStateBeforeGone(null)
			.withAccessEndsAt(null)
			.withExpiryWarnedAt(null)
			.withExpiryRetryAt(null)
			.withExpiryFailure(null)
			.withExpiryAttempts(0);
	}

	/**
	 * Whether the record changed at or after the instant plex.tv was asked (the same
	 * millisecond counts: it may be after).
	 */
	static boolean changedSince(Person person, Instant asked) {
		return person.updatedAt() != null && !person.updatedAt().isBefore(asked);
	}

	private static Person names(Person person, ServerShare share) {
		Person next = person;
		if (person.plexAccountId() == null && share.plexAccountId() != null) {
			next = next.withPlexAccountId(share.plexAccountId());
		}
		if (present(share.username()) != null) {
			next = next.withUsername(present(share.username()));
		}
		if (present(share.email()) != null) {
			next = next.withEmail(present(share.email()));
		}
		if (present(share.title()) != null) {
			next = next.withTitle(present(share.title()));
		}
		return next;
	}

	/** Sorted, so that the same libraries in another order are no change. */
	private static List<Long> libraries(ServerShare share) {
		return share.allLibraries() ? List.of() : share.librarySectionIds().stream().sorted().distinct().toList();
	}

	private static boolean librariesKnown(Person person) {
		return person.allLibraries() || !person.libraryIds().isEmpty();
	}

	private static boolean librariesDiffer(Person before, Person after) {
		return before.allLibraries() != after.allLibraries()
				|| !Objects.equals(Set.copyOf(before.libraryIds()), Set.copyOf(after.libraryIds()));
	}

	static PersonEvent event(Instant at, PersonEvent.Kind kind, String detail) {
		return new PersonEvent(at, kind, ShareMerge.ACTOR, detail);
	}

	static String present(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
