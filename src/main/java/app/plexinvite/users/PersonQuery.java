package app.plexinvite.users;

import java.util.Set;

/**
 * A search of the people list. Every part is optional.
 *
 * @param text part of the username, e-mail, title or note (case-insensitive), or null
 * @param states only these states; empty for all
 * @param origin only this origin, or null
 * @param profileId only holders of this profile, or null
 * @param expiry only people whose access ends soon, has ended, or never; null for all
 * @param sort the order
 * @param descending whether the order is reversed
 * @param page zero-based page
 * @param size rows per page (1 to 200)
 */
public record PersonQuery(String text, Set<PersonState> states, PersonOrigin origin, Long profileId,
		ExpiryFilter expiry, Sort sort, boolean descending, int page, int size) {

	public PersonQuery {
		text = (text == null || text.isBlank()) ? null : text.strip();
		states = (states == null) ? Set.of() : Set.copyOf(states);
		sort = (sort == null) ? Sort.NAME : sort;
		page = Math.max(0, page);
		size = Math.clamp(size, 1, 200);
	}

	/** Everyone, by name, first page of 50. */
	public static PersonQuery all() {
		return new PersonQuery(null, Set.of(), null, null, null, Sort.NAME, false, 0, 50);
	}

	/** Sort orders; each ends with the id so pages are stable. */
	public enum Sort {

		NAME, STATE, JOINED, EXPIRES, UPDATED

	}

	/** Filters on the end of access. */
	public enum ExpiryFilter {

		/**
		 * Holds a share and it ends within the warning window (people.expiry-warning).
		 */
		SOON,

		/** Expired, or the end passed and removing it failed so far. */
		ENDED,

		/** No end date. */
		NONE

	}

}
