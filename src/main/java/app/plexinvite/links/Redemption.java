package app.plexinvite.links;

import java.time.Instant;

/**
 * One person's use of a link.
 *
 * @param id the redemption id
 * @param linkId the link
 * @param plexAccountId their plex.tv account id (null when typed)
 * @param username their Plex username, or null
 * @param email their e-mail, or null
 * @param profileId the profile shared with
 * @param status where it is
 * @param plexShareId the resulting share, when known
 * @param requestId the invite request made for it (approval or typed username), or null
 * @param accessEndsAt when access ends (profile duration), or null
 * @param failureReason why it failed (a PlexException reason name), or null
 * @param createdAt when they redeemed
 * @param updatedAt last change
 */
public record Redemption(long id, long linkId, Long plexAccountId, String username, String email, long profileId,
		RedemptionStatus status, Long plexShareId, Long requestId, Instant accessEndsAt, String failureReason,
		Instant createdAt, Instant updatedAt) {
}
