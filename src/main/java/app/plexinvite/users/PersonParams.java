package app.plexinvite.users;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import static app.plexinvite.jdbc.Columns.millis;

/**
 * A person's columns as named parameters for {@link PersonStore}, with the keys search
 * and matching use, lower-cased here (SQLite's lower() knows only ASCII).
 */
class PersonParams extends MapSqlParameterSource {

	/** The search_key column's size. */
	private static final int SEARCH_KEY_MAX = 4000;

	PersonParams(Person person, Instant now) {
		addValue("account", person.plexAccountId());
		addValue("username", person.username());
		addValue("email", person.email());
		addValue("title", person.title());
		addValue("nameKey", nameKey(person));
		addValue("usernameKey", key(person.username()));
		addValue("emailKey", key(person.email()));
		addValue("searchKey", searchKey(person));
		addValue("state", person.state().name());
		addValue("origin", person.origin().name());
		addValue("originRef", person.originRef());
		addValue("originLabel", person.originLabel());
		addValue("share", person.plexShareId());
		addValue("profile", person.profileId());
		addValue("all", person.allLibraries());
		addValue("libraries", PersonStore.libraryIds(person.libraryIds()));
		addValue("ends", millis(person.accessEndsAt()));
		addValue("warned", millis(person.expiryWarnedAt()));
		addValue("retry", millis(person.expiryRetryAt()));
		addValue("failure", person.expiryFailure());
		addValue("attempts", person.expiryAttempts());
		addValue("missing", person.missingSyncs());
		addValue("before", (person.stateBeforeGone() != null) ? person.stateBeforeGone().name() : null);
		addValue("note", person.note());
		addValue("joined", millis(person.joinedAt()));
		addValue("seen", millis(person.lastSeenAt()));
		addValue("now", now.toEpochMilli());
	}

	/**
	 * The form names are compared in: NFKC, stripped, lower-cased (Unicode); null when
	 * blank.
	 */
	static String key(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** The name lists sort by. */
	static String nameKey(Person person) {
		return Objects.requireNonNullElse(key(person.displayName()), "");
	}

	/** What the search box looks in: names, e-mail, title and note. */
	static String searchKey(Person person) {
		String text = Stream.of(person.username(), person.email(), person.title(), person.note())
			.map(PersonParams::key)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		return (text.length() <= SEARCH_KEY_MAX) ? text : text.substring(0, SEARCH_KEY_MAX);
	}

}
