package app.plexinvite.plex;

/**
 * An invite waiting for the invitee ({@code invites/received/pending}, plex-protocol.md
 * §8b). The v2 API names the owner by username, not e-mail (WIZ plex.py).
 *
 * @param sharedServerId the id to accept
 * @param ownerUsername who invited
 * @param ownerTitle the owner's display name
 * @param serverName the shared server's name
 * @param machineIdentifier the shared server
 */
public record PlexReceivedInvite(long sharedServerId, String ownerUsername, String ownerTitle, String serverName,
		String machineIdentifier) {
}
