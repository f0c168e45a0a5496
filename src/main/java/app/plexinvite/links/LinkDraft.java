package app.plexinvite.links;

import java.time.Instant;

import app.plexinvite.profiles.ProfileDraft;

/**
 * What the owner chose for a link (checked by {@link InviteLinks} when saved).
 *
 * @param label the owner's label
 * @param customCode the owner's own code, or null for a random one (kept on edit: the
 * code never changes once made)
 * @param message a personal message, or null
 * @param inviteeName who it is for, or null
 * @param expiresAt when it stops working, or null for never
 * @param maxUses how many people may join, or null for unlimited
 * @param profileId one of the owner's profiles, or null when {@code libraries} is given
 * @param libraries explicit libraries and flags (a hidden profile for this link), or null
 * @param approvalRequired whether the owner approves each redemption
 * @param allowUsername whether typing a username or e-mail is offered too
 */
public record LinkDraft(String label, String customCode, String message, String inviteeName, Instant expiresAt,
		Integer maxUses, Long profileId, ProfileDraft libraries, boolean approvalRequired, boolean allowUsername) {
}
