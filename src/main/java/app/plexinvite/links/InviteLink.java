package app.plexinvite.links;

import java.time.Instant;

/**
 * An invite link as the owner made it.
 *
 * @param id the link id
 * @param code the code in {@code /i/{code}}
 * @param customCode whether the owner chose the code (then attempts are capped)
 * @param label the owner's label
 * @param message a personal message for the invitee, or null
 * @param inviteeName who it is for, or null
 * @param expiresAt when it stops working, or null for never
 * @param maxUses how many people may join with it, or null for unlimited
 * @param uses uses taken so far
 * @param profileId the access profile it shares with (maybe a hidden one)
 * @param approvalRequired whether the owner approves each redemption
 * @param allowUsername whether "type your Plex username or e-mail" is offered too
 * @param revokedAt when the owner revoked it, or null
 * @param createdAt when it was made
 */
public record InviteLink(long id, String code, boolean customCode, String label, String message, String inviteeName,
		Instant expiresAt, Integer maxUses, int uses, long profileId, boolean approvalRequired, boolean allowUsername,
		Instant revokedAt, Instant createdAt) {

	/**
	 * Revocation wins over expiry, and expiry over uses: the invitee is told the most
	 * final reason. A link expires at {@code expiresAt} exactly.
	 */
	public LinkState state(Instant now) {
		if (this.revokedAt != null) {
			return LinkState.REVOKED;
		}
		if (this.expiresAt != null && !now.isBefore(this.expiresAt)) {
			return LinkState.EXPIRED;
		}
		if (this.maxUses != null && this.uses >= this.maxUses) {
			return LinkState.USED_UP;
		}
		return LinkState.ACTIVE;
	}

	/** Uses left, or null for unlimited. */
	public Integer remainingUses() {
		return (this.maxUses != null) ? Math.max(0, this.maxUses - this.uses) : null;
	}

}
