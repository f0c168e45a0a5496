package app.plexinvite.plex;

import java.time.Instant;

/**
 * A sign-in PIN (plex-protocol.md §10).
 *
 * @param id the PIN id to poll
 * @param code the code for the sign-in page
 * @param expiresAt when plex.tv forgets it
 * @param authToken the signed-in account's token, or null until approved
 */
public record PlexPin(long id, String code, Instant expiresAt, PlexToken authToken) {

	public boolean approved() {
		return this.authToken != null;
	}

}
