package app.plexinvite.users;

import java.util.List;

/**
 * A person with their history, oldest first.
 *
 * @param person the person
 * @param history what happened to them
 */
public record PersonDetail(Person person, List<PersonEvent> history) {

	public PersonDetail {
		history = List.copyOf(history);
	}

}
