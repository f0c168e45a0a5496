package app.plexinvite.links;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Taking and giving back a link's uses. The use and the redemption row are written in one
 * transaction, so a use is never taken without a redemption, nor a redemption stored
 * without its use.
 */
@Component
class LinkReservations {

	private final Links links;

	private final Redemptions redemptions;

	private final TransactionOperations transactions;

	private final Clock clock;

	@Autowired
	LinkReservations(Links links, Redemptions redemptions, TransactionOperations transactions,
			ObjectProvider<Clock> clock) {
		this(links, redemptions, transactions, clock.getIfAvailable(Clock::systemUTC));
	}

	LinkReservations(Links links, Redemptions redemptions, TransactionOperations transactions, Clock clock) {
		this.links = links;
		this.redemptions = redemptions;
		this.transactions = transactions;
		this.clock = clock;
	}

	Reservation reserve(InviteLink link, Invitee invitee) {
		String key = inviteeKey(invitee);
		Instant now = this.clock.instant();
		Optional<Long> earlier = this.redemptions.findId(link.id(), key);
		if (earlier.isPresent()) {
			return returning(link.id(), earlier.get(), now);
		}
		try {
			Reservation taken = this.transactions.execute((status) -> this.links.takeUse(link.id(), now)
					? new Reservation.Reserved(this.redemptions.insert(link.id(), key, invitee, now), false) : null);
			return (taken != null) ? taken : refusal(link.id(), now);
		}
		catch (DuplicateKeyException ex) {
			// The same person in two tabs at once: the other tab's use stands, this one
			// was rolled back.
			long id = this.redemptions.findId(link.id(), key).orElseThrow(() -> ex);
			return returning(link.id(), id, now);
		}
	}

	void release(long redemptionId) {
		this.transactions.executeWithoutResult((status) -> {
			Redemption redemption = this.redemptions.find(redemptionId)
				.orElseThrow(() -> new IllegalArgumentException("No redemption " + redemptionId));
			if (!List.of(RedemptionStatus.RESERVED, RedemptionStatus.REQUESTED).contains(redemption.status())) {
				throw new IllegalStateException("Redemption " + redemptionId + " is " + redemption.status()
						+ ": only a reserved or requested one can be given back");
			}
			this.redemptions.delete(redemptionId);
			this.links.giveBackUse(redemption.linkId());
		});
	}

	/** "plex:&lt;account id&gt;" or "name:&lt;typed identifier in lower case&gt;". */
	static String inviteeKey(Invitee invitee) {
		if (invitee.plexAccountId() != null) {
			return "plex:" + invitee.plexAccountId();
		}
		String typed = (invitee.username() != null) ? invitee.username() : invitee.email();
		if (typed == null || typed.isBlank()) {
			throw new IllegalArgumentException("An invitee needs a Plex account id, a username or an e-mail");
		}
		return "name:" + typed.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Someone redeemed it before: theirs again, unless the link was revoked or expired.
	 */
	private Reservation returning(long linkId, long redemptionId, Instant now) {
		LinkState state = stateOf(linkId, now);
		return (state == LinkState.REVOKED || state == LinkState.EXPIRED) ? new Reservation.Refused(state)
				: new Reservation.Reserved(redemptionId, true);
	}

	/** No use was left: why, as the link is now (a deleted link counts as revoked). */
	private Reservation refusal(long linkId, Instant now) {
		LinkState state = stateOf(linkId, now);
		return new Reservation.Refused((state == LinkState.ACTIVE) ? LinkState.USED_UP : state);
	}

	private LinkState stateOf(long linkId, Instant now) {
		return this.links.find(linkId).map((link) -> link.state(now)).orElse(LinkState.REVOKED);
	}

}
