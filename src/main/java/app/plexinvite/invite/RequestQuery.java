package app.plexinvite.invite;

/**
 * Which requests the dashboard lists, newest first.
 *
 * @param search part of the identifier, case-insensitive, or null for all
 * @param status only this status, or null for all
 * @param before keyset cursor: only ids below it, or null for the newest
 * @param limit page size, 1 to 100
 */
public record RequestQuery(String search, RequestStatus status, Long before, int limit) {

	public RequestQuery {
		if (limit < 1 || limit > 100) {
			throw new IllegalArgumentException("limit must be within 1..100, was " + limit);
		}
		search = (search == null || search.isBlank()) ? null : search.strip();
	}

}
