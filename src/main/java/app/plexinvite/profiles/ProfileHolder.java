package app.plexinvite.profiles;

/**
 * Someone who was given access with a profile, as a feature that gave it recorded them.
 *
 * @param source which feature recorded them ("request" or "link")
 * @param recordId that feature's record id
 * @param name their Plex username, else e-mail
 * @param plexShareId the share to update, or null when Plex did not tell it
 */
public record ProfileHolder(String source, long recordId, String name, Long plexShareId) {
}
