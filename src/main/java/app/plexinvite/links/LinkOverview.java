package app.plexinvite.links;

/**
 * A link as the owner's list shows it.
 *
 * @param link the link
 * @param state whether it can be redeemed now
 * @param remainingUses uses left, or null for unlimited
 * @param address the full link from PUBLIC_URL, or only its path when PUBLIC_URL is not
 * set
 * @param absolute whether {@code address} is a full link
 */
public record LinkOverview(InviteLink link, LinkState state, Integer remainingUses, String address, boolean absolute) {
}
