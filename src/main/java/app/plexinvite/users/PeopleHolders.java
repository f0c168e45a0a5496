package app.plexinvite.users;

import java.util.List;

import org.springframework.stereotype.Component;

import app.plexinvite.profiles.ProfileHolder;
import app.plexinvite.profiles.ProfileHolderSource;

/**
 * Everyone holding a share with a profile (pending or accepted), from the people list: a
 * profile push reaches each person once, however they came. People whose share id is not
 * known yet are listed too, with none, so the preview names them and the push counts them
 * as skipped.
 */
@Component
class PeopleHolders implements ProfileHolderSource {

	static final String SOURCE = "person";

	private final PersonStore store;

	PeopleHolders(PersonStore store) {
		this.store = store;
	}

	@Override
	public List<ProfileHolder> holdersOf(long profileId) {
		return this.store.findHolding(profileId)
			.stream()
			.map((person) -> new ProfileHolder(SOURCE, person.id(), person.displayName(), person.plexShareId()))
			.toList();
	}

}
