package app.plexinvite.links;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.InviteFailed;
import app.plexinvite.plex.PlexAccount;

/**
 * Publishes a join's notification events after the redemption is stored: the link was
 * used ({@link LinkRedeemed}), or joining failed in a way only the owner can fix
 * ({@link InviteFailed}). A listener that fails is logged and never breaks the join.
 */
@Component
class LinkNotices {

	private static final Logger log = LoggerFactory.getLogger(LinkNotices.class);

	private final InviteLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LinkNotices(InviteLinks links, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.links = links;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A use of the link was taken and the server shared with them. */
	void redeemed(InviteLink link, long redemptionId, PlexAccount account) {
		publish(() -> {
			Integer usesLeft = this.links.find(link.id()).map(LinkOverview::remainingUses).orElse(link.remainingUses());
			return new LinkRedeemed(link.id(), link.label(), redemptionId, account.id(), present(account.username()),
					present(account.email()), usesLeft, this.clock.instant());
		});
	}

	/**
	 * A redemption that waited for its request (the owner's approval) was shared by the
	 * request pipeline. A typed username has no plex.tv account id, so it is told as the
	 * request's own events only.
	 */
	void redeemed(Redemption redemption) {
		if (redemption.plexAccountId() == null) {
			return;
		}
		publish(() -> {
			Optional<LinkOverview> link = this.links.find(redemption.linkId());
			return new LinkRedeemed(redemption.linkId(), link.map((found) -> found.link().label()).orElse(null),
					redemption.id(), redemption.plexAccountId(), present(redemption.username()),
					present(redemption.email()), link.map(LinkOverview::remainingUses).orElse(null),
					this.clock.instant());
		});
	}

	/** Joining failed for a reason the invitee cannot fix (recorded for the owner). */
	void failed(long redemptionId, PlexAccount account, String reason, Locale locale) {
		publish(() -> new InviteFailed(AccessGranted.Source.LINK, redemptionId, account.shareName(),
				present(account.email()), reason, locale, this.clock.instant()));
	}

	/** Builds and publishes the event; whatever fails there, the join stands. */
	private void publish(Supplier<Object> event) {
		try {
			this.events.publishEvent(event.get());
		}
		catch (RuntimeException ex) {
			log.warn("Telling the notifications of a join failed; the join stands: {}", ex.getClass().getSimpleName());
		}
	}

	static String present(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
