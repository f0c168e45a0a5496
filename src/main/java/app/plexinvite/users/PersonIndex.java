package app.plexinvite.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the person a share on plex.tv belongs to: by plex.tv account id, else (for people
 * whose account id we do not know, and for invites to an e-mail address) by e-mail or
 * username, case-insensitive (Unicode, as {@link PersonParams#key} lowers them).
 */
final class PersonIndex {

	private final Map<Long, Person> byAccount = new HashMap<>();

	private final Map<String, Person> byName = new HashMap<>();

	PersonIndex(Collection<Person> people) {
		for (Person person : people) {
			if (person.plexAccountId() != null) {
				this.byAccount.put(person.plexAccountId(), person);
			}
			// The oldest record keeps a name two records share (everyone() is by id).
			key(person.email()).ifPresent((key) -> this.byName.putIfAbsent(key, person));
			key(person.username()).ifPresent((key) -> this.byName.putIfAbsent(key, person));
		}
	}

	Optional<Person> match(Long plexAccountId, String username, String email) {
		if (plexAccountId != null && this.byAccount.containsKey(plexAccountId)) {
			return Optional.of(this.byAccount.get(plexAccountId));
		}
		for (String name : new String[] { email, username }) {
			Optional<Person> found = key(name).flatMap((key) -> byName(key, plexAccountId));
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** A name match only if it does not belong to another plex.tv account. */
	private Optional<Person> byName(String key, Long plexAccountId) {
		Person person = this.byName.get(key);
		if (person == null || (plexAccountId != null && person.plexAccountId() != null
				&& !plexAccountId.equals(person.plexAccountId()))) {
			return Optional.empty();
		}
		return Optional.of(person);
	}

	static Optional<String> key(String name) {
		return Optional.ofNullable(PersonParams.key(name));
	}

}
