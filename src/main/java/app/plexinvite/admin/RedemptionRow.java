package app.plexinvite.admin;

import java.util.List;
import java.util.Map;

import app.plexinvite.links.Redemption;
import app.plexinvite.plex.PlexShare;

/**
 * One redemption on a link's page with what Plex says about it now. Public only for the
 * template engine.
 *
 * @param redemption what was recorded
 * @param onPlex PENDING, ACCEPTED or NONE as Plex lists the owner's shares now, or null
 * when Plex could not be asked
 * @param failureDetail what Plex or the join said when it failed, or null
 */
public record RedemptionRow(Redemption redemption, String onPlex, String failureDetail) {

	/** Matched by plex.tv account id, else by the recorded share id. */
	static List<RedemptionRow> of(List<Redemption> redemptions, List<PlexShare> shares, Map<Long, String> details) {
		return redemptions.stream()
			.map((r) -> new RedemptionRow(r, (shares != null) ? stateOn(r, shares) : null, details.get(r.id())))
			.toList();
	}

	private static String stateOn(Redemption redemption, List<PlexShare> shares) {
		return shares.stream()
			.filter((share) -> (redemption.plexAccountId() != null
					&& redemption.plexAccountId().equals(share.invitedId()))
					|| (redemption.plexShareId() != null && redemption.plexShareId() == share.id()))
			.map((share) -> share.accepted() ? "ACCEPTED" : "PENDING")
			.sorted()
			.findFirst()
			.orElse("NONE");
	}

}
