package app.plexinvite.plex;

import java.io.Serializable;

/**
 * A Plex Media Server the account owns, as plex.tv's resources list it (plex-protocol.md
 * §2a).
 *
 * @param name the server's name
 * @param machineIdentifier its machine identifier (resource clientIdentifier)
 */
public record PlexOwnedServer(String name, String machineIdentifier) implements Serializable {
}
