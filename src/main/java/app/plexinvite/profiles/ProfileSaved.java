package app.plexinvite.profiles;

/**
 * Published after a profile was created, changed or made the default, so that requests
 * waiting for a configured profile can be sent at once.
 *
 * @param profileId the profile
 * @param configured whether it shares at least one library now
 */
public record ProfileSaved(long profileId, boolean configured) {
}
