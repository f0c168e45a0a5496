package app.plexinvite.plexsim;

/**
 * One library section of a simulated server: {@code key} is the PMS-local key,
 * {@code plexTvId} the plex.tv-global id that sharing payloads carry (plex-protocol.md
 * §4b).
 *
 * @param key the PMS key ("1", "2", ...)
 * @param plexTvId the plex.tv section id (large, distinct across servers)
 * @param title the library title
 * @param type movie, show, artist or photo
 */
public record SimLibrary(String key, long plexTvId, String title, String type) {
}
