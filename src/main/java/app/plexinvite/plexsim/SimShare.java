package app.plexinvite.plexsim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A share of one server with one invitee; pending until accepted. An empty
 * {@code librarySectionIds} means all libraries (plex-protocol.md §4b.4).
 *
 * @param id the share id: v1 {@code <Server id>} in /api/users and, by assumption
 * (plex-protocol.md §9, last lines), also the v2 sharedServer id
 * @param machineIdentifier the shared server
 * @param invitedId the invitee's account id, null for an email-only invite
 * @param invitedEmail the invitee's email (may be null for a username invite)
 * @param invitedUsername the invitee's username, null for an email-only invite
 * @param accepted whether the invitee accepted
 * @param allLibraries whether every library is shared
 * @param librarySectionIds plex.tv section ids, empty when all libraries are shared
 * @param settings sharing settings (allowSync, filterMovies, ...) as "0"/"1" or text
 */
public record SimShare(long id, String machineIdentifier, Long invitedId, String invitedEmail, String invitedUsername,
		boolean accepted, boolean allLibraries, List<Long> librarySectionIds, Map<String, String> settings) {

	public SimShare {
		librarySectionIds = List.copyOf(librarySectionIds);
		settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
	}

}
