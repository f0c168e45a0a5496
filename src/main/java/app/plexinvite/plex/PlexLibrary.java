package app.plexinvite.plex;

/**
 * A library of the server with both of its identifiers (plex-protocol.md §4b.1): the
 * server's own {@code key} and plex.tv's id, which is what sharing takes.
 *
 * @param plexTvId plex.tv's library-section id, or null when plex.tv did not list this
 * library (then it cannot be shared until plex.tv knows it, §4b.5)
 * @param key the PMS section key
 * @param title the library's title
 * @param type movie, show, artist or photo
 */
public record PlexLibrary(Long plexTvId, String key, String title, String type) {

	/** Whether plex.tv knows this library, so it can be shared. */
	public boolean shareable() {
		return this.plexTvId != null;
	}

}
