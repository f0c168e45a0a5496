package app.plexinvite.users;

import java.time.Instant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import static app.plexinvite.jdbc.Columns.millis;

/** A person's columns as named parameters for {@link PersonStore}. */
class PersonParams extends MapSqlParameterSource {

	PersonParams(Person person, Instant now) {
		addValue("account", person.plexAccountId());
		addValue("username", person.username());
		addValue("email", person.email());
		addValue("title", person.title());
		addValue("nameKey", PersonStore.nameKey(person));
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

}
