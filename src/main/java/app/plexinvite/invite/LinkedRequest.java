package app.plexinvite.invite;

/**
 * A request that comes from an invite link rather than the public form: the link was
 * checked already, so no invite code applies.
 *
 * @param identifier the Plex username or e-mail (typed, or of the signed-in account)
 * @param profileId the access profile to share with
 * @param linkId the link it came from
 * @param approvalRequired whether it waits for the owner's approval
 */
public record LinkedRequest(String identifier, long profileId, long linkId, boolean approvalRequired) {
}
