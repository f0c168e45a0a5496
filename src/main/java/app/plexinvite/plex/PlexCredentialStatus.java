package app.plexinvite.plex;

/**
 * Where the owner's Plex credentials come from, for first-run set-up: the environment
 * wins over what set-up stored.
 *
 * @param tokenInEnvironment PLEX_TOKEN is set
 * @param serverInEnvironment PLEX_SERVER_NAME or PLEX_SERVER_URL is set
 * @param tokenAvailable a token can be used (from the environment, or stored and readable
 * with this SECRET_KEY)
 * @param serverName the server's name from either source, or null
 */
public record PlexCredentialStatus(boolean tokenInEnvironment, boolean serverInEnvironment, boolean tokenAvailable,
		String serverName) {

	/** Whether Plex Invite has all it needs to talk to the owner's server. */
	public boolean connected() {
		return this.tokenAvailable && (this.serverInEnvironment || this.serverName != null);
	}

}
