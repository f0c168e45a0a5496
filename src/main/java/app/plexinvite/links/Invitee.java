package app.plexinvite.links;

/**
 * Who redeems a link: a signed-in Plex account (id known) or a typed username or e-mail.
 *
 * @param plexAccountId the plex.tv account id, or null when typed
 * @param username the Plex username, or null
 * @param email the e-mail address, or null
 */
public record Invitee(Long plexAccountId, String username, String email) {
}
