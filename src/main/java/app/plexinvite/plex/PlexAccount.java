package app.plexinvite.plex;

/**
 * A plex.tv account as {@code GET /api/v2/user} describes it (plex-protocol.md §1a).
 *
 * @param id the plex.tv account id
 * @param uuid the account uuid
 * @param username the username (may be empty for managed users)
 * @param email the e-mail address
 * @param title the display name
 */
public record PlexAccount(long id, String uuid, String username, String email, String title) {
}
