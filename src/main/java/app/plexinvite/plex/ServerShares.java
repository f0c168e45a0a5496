package app.plexinvite.plex;

import java.util.List;

/**
 * Everyone this server is shared with, as plex.tv lists them: accepted shares and pending
 * invites of the configured server only (plex-protocol.md §7a, §7c, §8b).
 *
 * <p>
 * {@code complete} is true only when every list plex.tv serves answered and the lists
 * agree with each other (each user of {@code /api/users} with a share of this server is
 * in the v2 lists and the other way round, and {@code /api/users} listed as many users as
 * its {@code totalSize} says). An empty answer is complete only when plex.tv said so
 * consistently; callers must still treat "nobody" with care. A share only
 * {@code /api/users} lists (its libraries unknown) is left out of {@code shares} and
 * makes the answer incomplete; a list that answers but cannot be read does too. A list
 * that fails throws {@link PlexException} instead.
 *
 * @param machineIdentifier the server
 * @param shares one entry per share of this server
 * @param complete whether the answer can be trusted to list everybody
 * @param problem why it is not complete, in English for logs and the owner, or null
 */
public record ServerShares(String machineIdentifier, List<ServerShare> shares, boolean complete, String problem) {

	public ServerShares {
		shares = List.copyOf(shares);
	}

	/**
	 * One share of the server.
	 *
	 * @param shareId the shared-server id (update, remove, cancel use it)
	 * @param plexAccountId the invitee's plex.tv account id, or null for an invite to an
	 * e-mail address with no Plex account
	 * @param username their username, or null (managed Home users and e-mail invites have
	 * none)
	 * @param email their e-mail, or null
	 * @param title their display name (title/friendlyName), or null
	 * @param accepted whether the invite was accepted
	 * @param allLibraries whether every library is shared
	 * @param librarySectionIds plex.tv section ids shared (empty when all)
	 * @param settings the share's settings when plex.tv listed them (v2), else null
	 */
	public record ServerShare(long shareId, Long plexAccountId, String username, String email, String title,
			boolean accepted, boolean allLibraries, List<Long> librarySectionIds, ShareSettings settings) {

		public ServerShare {
			librarySectionIds = List.copyOf(librarySectionIds);
		}

	}

}
