package app.plexinvite.plex;

import java.util.List;

/**
 * A v2 shared server of the owner: a pending invite or an accepted share
 * (plex-protocol.md §7c, §8b).
 *
 * @param id the sharedServer id (cancel, update)
 * @param machineIdentifier the shared server
 * @param invitedId the invitee's plex.tv id, or null for an e-mail invite
 * @param invitedEmail the invitee's e-mail, or null
 * @param invitedUsername the invitee's username, or null
 * @param accepted whether the invite was accepted
 * @param allLibraries whether every library is shared
 * @param librarySectionIds plex.tv ids of the shared libraries
 */
public record PlexShare(long id, String machineIdentifier, Long invitedId, String invitedEmail, String invitedUsername,
		boolean accepted, boolean allLibraries, List<Long> librarySectionIds) {

	public PlexShare {
		librarySectionIds = List.copyOf(librarySectionIds);
	}

}
