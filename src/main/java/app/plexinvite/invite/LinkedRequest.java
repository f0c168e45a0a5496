package app.plexinvite.invite;

import java.util.Locale;

/**
 * A request that comes from an invite link rather than the public form: the link was
 * checked already, so no invite code applies.
 *
 * @param identifier the Plex username or e-mail (typed, or of the signed-in account)
 * @param profileId the access profile to share with
 * @param linkId the link it came from
 * @param approvalRequired whether it waits for the owner's approval
 * @param locale the language of the page the invitee used, or null when unknown
 */
public record LinkedRequest(String identifier, long profileId, long linkId, boolean approvalRequired, Locale locale) {

	/** A request whose invitee's language is not known. */
	public LinkedRequest(String identifier, long profileId, long linkId, boolean approvalRequired) {
		this(identifier, profileId, linkId, approvalRequired, null);
	}

}
