package app.plexinvite.plex;

import java.net.URI;

/**
 * The owned Plex Media Server and the address that answered (plex-protocol.md §2a).
 *
 * @param name the server's name on plex.tv
 * @param machineIdentifier the PMS machineIdentifier (= resource clientIdentifier)
 * @param uri the base address that answered {@code /identity}
 * @param accessToken the token for this server (masked in toString)
 */
public record PlexServerConnection(String name, String machineIdentifier, URI uri, PlexToken accessToken) {
}
