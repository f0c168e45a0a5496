package app.plexinvite.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import app.plexinvite.plex.ServerShares.ServerShare;

/**
 * What one answer of plex.tv means for the people list, worked out before anything is
 * written: who is new (imported), who changed, who was not listed. Every change is a rule
 * applied to the person as stored, so a record that changed meanwhile can be merged again
 * from its fresh copy.
 */
final class ShareMerge {

	static final String ACTOR = "sync";

	/** Complete syncs in a row that must miss a holder before they are marked gone. */
	static final int GONE_AFTER = 2;

	private final Instant now;

	private final Instant asked;

	/**
	 * @param now when the sync writes
	 * @param asked when plex.tv was asked: people changed since are not judged by this
	 * answer
	 */
	ShareMerge(Instant now, Instant asked) {
		this.now = now;
		this.asked = asked;
	}

	/**
	 * The plan for this answer.
	 * @param everyone every person we know, by id
	 * @param shares what plex.tv listed
	 * @param countMissing whether the answer is complete, so that holders it does not
	 * list count a missing sync
	 */
	Plan plan(List<Person> everyone, List<ServerShare> shares, boolean countMissing) {
		PersonIndex index = new PersonIndex(everyone);
		Set<Long> matched = new HashSet<>();
		List<Person> imported = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		for (ServerShare share : shares) {
			var person = index.match(share.plexAccountId(), share.username(), share.email());
			if (person.isEmpty()) {
				imported.add(ShareRules.imported(share, this.now));
			}
			else if (matched.add(person.get().id())) {
				steps.add(new Step(person.get(), (stored) -> ShareRules.listed(stored, share, this.now, this.asked)));
			}
		}
		List<Person> unlisted = everyone.stream()
			.filter((person) -> person.state().holdsShare() && !matched.contains(person.id()))
			.toList();
		if (countMissing) {
			unlisted.forEach((person) -> steps
				.add(new Step(person, (stored) -> ShareRules.missing(stored, this.now, this.asked))));
		}
		return new Plan(imported, steps, unlisted.size());
	}

	/**
	 * A change to one stored person.
	 *
	 * @param before the person as read when planning
	 * @param rule what the sync makes of the person as stored (it may have changed)
	 */
	record Step(Person before, Function<Person, Merged> rule) {
	}

	/**
	 * A person as the sync leaves them, and what to write in their history.
	 *
	 * @param after the person to save
	 * @param events their new history lines (none when only last-seen changed)
	 */
	record Merged(Person after, List<PersonEvent> events) {

		Merged {
			events = List.copyOf(events);
		}

		/** Whether the sync leaves them exactly as they were. */
		boolean unchanged(Person before) {
			return this.events.isEmpty() && this.after.equals(before);
		}

		/**
		 * Whether plex.tv listed them and nothing but when they were last seen (and a
		 * missing count, now zero) changed.
		 */
		boolean onlySeen(Person before) {
			return this.events.isEmpty() && this.after.missingSyncs() == 0 && this.after.lastSeenAt() != null
					&& this.after.withLastSeenAt(before.lastSeenAt())
						.withMissingSyncs(before.missingSyncs())
						.equals(before);
		}

	}

	/**
	 * The plan of one sync.
	 *
	 * @param imported people new to us, to insert
	 * @param steps changes to people we know
	 * @param unlisted how many holders the answer did not list (counted missing or not)
	 */
	record Plan(List<Person> imported, List<Step> steps, int unlisted) {
	}

}
