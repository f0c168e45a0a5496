package app.plexinvite.plex;

import java.util.List;

/**
 * A friend or Plex Home member with their server shares ({@code GET /api/users},
 * plex-protocol.md §7a). Managed Home users have no username or e-mail.
 *
 * @param id the plex.tv account id
 * @param title the display name
 * @param username the username, or empty
 * @param email the e-mail address, or empty
 * @param home whether they are in the owner's Plex Home
 * @param shares the servers shared with them
 */
public record PlexUser(long id, String title, String username, String email, boolean home, List<Share> shares) {

	public PlexUser {
		shares = List.copyOf(shares);
	}

	/**
	 * One server shared with the user.
	 *
	 * @param id the share id used by {@code /api/servers/{mid}/shared_servers/{id}}
	 * @param machineIdentifier the shared server
	 * @param serverName its name
	 * @param numLibraries how many libraries are shared
	 * @param allLibraries whether every library is shared
	 * @param pending whether the invite is not accepted yet
	 */
	public record Share(long id, String machineIdentifier, String serverName, int numLibraries, boolean allLibraries,
			boolean pending) {
	}

}
