package app.plexinvite.links;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.plexinvite.invite.LinkedRequestSettled;

/**
 * A link's redemption that went into the request list (approval, or a typed username)
 * follows its request: shared once the pipeline shared it (told as {@link LinkRedeemed}
 * when the plex.tv account is known); given back (the use returns to the link) when it
 * failed, was denied or cancelled, so one typo or one "no" does not use up a single-use
 * link.
 */
@Component
class SettledRequests {

	private final Redemptions redemptions;

	private final InviteLinks links;

	private final LinkNotices notices;

	SettledRequests(Redemptions redemptions, InviteLinks links, LinkNotices notices) {
		this.redemptions = redemptions;
		this.links = links;
		this.notices = notices;
	}

	@EventListener
	void settled(LinkedRequestSettled settled) {
		this.redemptions.findByRequest(settled.requestId())
			.filter((redemption) -> redemption.linkId() == settled.linkId())
			.filter((redemption) -> redemption.status() == RedemptionStatus.REQUESTED)
			.ifPresent((redemption) -> {
				if (settled.shared()) {
					this.links.recordShared(redemption.id(), settled.plexShareId(), settled.accessEndsAt());
					this.notices.redeemed(redemption);
				}
				else {
					this.links.release(redemption.id());
				}
			});
	}

}
