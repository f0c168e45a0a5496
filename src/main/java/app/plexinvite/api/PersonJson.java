package app.plexinvite.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import app.plexinvite.users.Person;
import app.plexinvite.users.PersonDetail;
import app.plexinvite.users.PersonEvent;
import app.plexinvite.users.PersonOrigin;
import app.plexinvite.users.PersonPage;
import app.plexinvite.users.PersonState;

/**
 * Someone with (or who had) access, as the API shows them.
 *
 * @param id our id
 * @param name what the owner calls them (username, else e-mail, else title)
 * @param username Plex username, or null
 * @param email e-mail, or null
 * @param plexAccountId plex.tv account id, or null
 * @param state where they stand
 * @param origin how they came
 * @param originLabel the link's label, or null
 * @param profileId the profile they hold, or null
 * @param allLibraries whether every library is shared with them
 * @param libraryIds plex.tv ids of their libraries (empty when all or unknown)
 * @param accessEndsAt when their access ends, or null for never
 * @param expiryFailure why removing their ended access failed, or null
 * @param note the owner's note, or null
 * @param joinedAt when they came
 * @param lastSeenAt when a sync last listed them, or null
 * @param history what happened to them, oldest first (only for one person)
 */
record PersonJson(long id, String name, String username, String email, Long plexAccountId, PersonState state,
		PersonOrigin origin, String originLabel, Long profileId, boolean allLibraries, List<Long> libraryIds,
		Instant accessEndsAt, String expiryFailure, String note, Instant joinedAt, Instant lastSeenAt,
		List<Event> history) {

	static PersonJson of(Person person) {
		return of(person, null);
	}

	static PersonJson of(PersonDetail detail) {
		return of(detail.person(), detail.history().stream().map(Event::of).toList());
	}

	private static PersonJson of(Person person, List<Event> history) {
		return new PersonJson(person.id(), person.displayName(), person.username(), person.email(),
				person.plexAccountId(), person.state(), person.origin(), person.originLabel(), person.profileId(),
				person.allLibraries(), person.libraryIds(), person.accessEndsAt(), person.expiryFailure(),
				person.note(), person.joinedAt(), person.lastSeenAt(), history);
	}

	/**
	 * One line of a person's history.
	 *
	 * @param at when
	 * @param kind what happened
	 * @param actor who (an owner, a job, the sync, an API key)
	 * @param detail what exactly, or null
	 */
	@Schema(name = "PersonEvent")
	record Event(Instant at, PersonEvent.Kind kind, String actor, String detail) {

		static Event of(PersonEvent event) {
			return new Event(event.at(), event.kind(), event.actor(), event.detail());
		}

	}

	/**
	 * One page of people.
	 *
	 * @param items the people on it
	 * @param total how many match
	 * @param page zero-based page
	 * @param size rows per page
	 * @param pages how many pages there are
	 */
	@Schema(name = "PersonPage")
	record Page(List<PersonJson> items, long total, int page, int size, int pages) {

		static Page of(PersonPage page) {
			return new Page(page.people().stream().map(PersonJson::of).toList(), page.total(), page.page(), page.size(),
					page.pages());
		}

	}

	/**
	 * Their new profile.
	 *
	 * @param profileId one of the owner's profiles
	 */
	record ProfileChange(@NotNull(message = "is required") Long profileId) {
	}

	/**
	 * Their new end of access.
	 *
	 * @param endsAt when it ends (in the future, within ten years), or null for never
	 */
	record ExpiryChange(Instant endsAt) {
	}

}
