package app.plexinvite.links;

import java.time.Instant;

/**
 * Someone used an invite link: a use was taken and the server shared with them (published
 * after it is stored, for notifications).
 *
 * @param linkId the link
 * @param label the link's label, or null
 * @param redemptionId the redemption
 * @param plexAccountId their plex.tv account id
 * @param username their Plex username, or null
 * @param email their e-mail, or null
 * @param usesLeft uses left on the link afterwards, or null when unlimited
 * @param at when
 */
public record LinkRedeemed(long linkId, String label, long redemptionId, long plexAccountId, String username,
		String email, Integer usesLeft, Instant at) {

}
