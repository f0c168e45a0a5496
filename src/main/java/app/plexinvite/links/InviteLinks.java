package app.plexinvite.links;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.plexinvite.invite.InviteeLanguage;

/**
 * The links feature's one entry point: the owner's links, and for the invitee's flow the
 * exactly-once reservation of a use and the record of what became of it.
 */
@Component
public class InviteLinks {

	/**
	 * Sign-in attempts a custom-code link allows per hour (its code may be guessable).
	 */
	static final int ATTEMPTS_PER_HOUR = 10;

	private final Links links;

	private final Redemptions redemptions;

	private final LinkReservations reservations;

	private final LinkEditor editor;

	private final LinkProperties properties;

	private final RedemptionCounts counts;

	private final Clock clock;

	@Autowired
	InviteLinks(Links links, Redemptions redemptions, LinkReservations reservations, LinkEditor editor,
			LinkProperties properties, RedemptionCounts counts, ObjectProvider<Clock> clock) {
		this(links, redemptions, reservations, editor, properties, counts, clock.getIfAvailable(Clock::systemUTC));
	}

	InviteLinks(Links links, Redemptions redemptions, LinkReservations reservations, LinkEditor editor,
			LinkProperties properties, RedemptionCounts counts, Clock clock) {
		this.links = links;
		this.redemptions = redemptions;
		this.reservations = reservations;
		this.editor = editor;
		this.properties = properties;
		this.counts = counts;
		this.clock = clock;
	}

	/** Case-insensitive; any state (deleted links are gone). */
	public Optional<InviteLink> findByCode(String code) {
		return this.links.findByCode(code);
	}

	/**
	 * Counts a sign-in attempt; false when a custom-code link's attempt budget is spent.
	 */
	public boolean tryAttempt(InviteLink link) {
		if (!link.customCode()) {
			return true;
		}
		Instant now = this.clock.instant();
		return this.links.countAttempt(link.id(), now, now.minus(Duration.ofHours(1)), ATTEMPTS_PER_HOUR);
	}

	/**
	 * Takes a use for the invitee in one conditional UPDATE (exactly once per use under
	 * any concurrency, SQLite and PostgreSQL). Someone who redeemed this link before gets
	 * their redemption back without taking another use, unless it is revoked or expired.
	 */
	public Reservation reserve(InviteLink link, Invitee invitee) {
		return this.reservations.reserve(link, invitee);
	}

	/** Gives the use back (nothing was sent to Plex) and deletes the redemption. */
	public void release(long redemptionId) {
		this.reservations.release(redemptionId);
	}

	/**
	 * Keeps the invitee's language on the redemption (a well-formed tag only; null leaves
	 * the one stored).
	 */
	public void recordLocale(long redemptionId, Locale locale) {
		String tag = InviteeLanguage.tag(locale);
		if (tag != null) {
			this.redemptions.recordLocale(redemptionId, tag);
		}
	}

	public void recordRequested(long redemptionId, long requestId) {
		move(redemptionId, RedemptionChange.requested(requestId));
	}

	public void recordShared(long redemptionId, Long plexShareId, Instant accessEndsAt) {
		move(redemptionId, RedemptionChange.shared(plexShareId, accessEndsAt));
	}

	public void recordAccepted(long redemptionId) {
		move(redemptionId, RedemptionChange.accepted());
	}

	public void recordFailed(long redemptionId, String reason, String detail) {
		move(redemptionId, RedemptionChange.failed(reason, detail));
	}

	public Optional<Redemption> redemption(long id) {
		return this.redemptions.find(id);
	}

	/** The owner's links, newest first, as they stand now. */
	public List<LinkOverview> list() {
		Instant now = this.clock.instant();
		return this.links.findAll().stream().map((link) -> overview(link, now)).toList();
	}

	public Optional<LinkOverview> find(long id) {
		return this.links.find(id).map((link) -> overview(link, this.clock.instant()));
	}

	/** A new link; LinkProblem names the field the rules refuse. */
	public InviteLink create(LinkDraft draft) {
		return this.editor.create(draft, this.clock.instant());
	}

	/** Edits a link; its code and the uses taken stay. */
	public InviteLink update(long id, LinkDraft draft) {
		return this.editor.update(existing(id), draft, this.clock.instant());
	}

	/** Nobody can join with it any more; who joined keeps their access. */
	public void revoke(long id) {
		if (!this.links.revoke(existing(id).id(), this.clock.instant())) {
			throw new IllegalStateException("Link " + id + " is revoked already");
		}
	}

	/**
	 * Takes the link off the list; its code then answers "not found". Its redemptions are
	 * kept: those people still hold its profile (a profile push reaches them), and Plex
	 * is not touched.
	 */
	public void delete(long id) {
		if (!this.links.delete(existing(id).id(), this.clock.instant())) {
			throw new NoSuchElementException("No link " + id);
		}
	}

	/** Everyone who redeemed the link, newest first. */
	public List<Redemption> redemptions(long linkId) {
		return this.redemptions.findByLink(linkId);
	}

	/**
	 * Sign-ins on links that failed for a reason the invitee cannot fix, newest first:
	 * the owner sees them on the dashboard.
	 */
	public List<Redemption> failedRedemptions(int limit) {
		return this.redemptions.findFailed(limit);
	}

	/** What Plex or the join said when a redemption failed, by redemption id. */
	public Map<Long, String> failureDetails(long linkId) {
		return this.redemptions.failureDetails(linkId);
	}

	/** Shares made at sign-in per UTC day in [from, to) (epoch day to count). */
	public Map<Long, Long> sharedAtSignInPerDay(Instant from, Instant to) {
		return this.counts.sharedAtSignInPerDay(from, to);
	}

	/** Per link, the redemptions made in [from, to) and how far they came; most first. */
	public List<LinkConversion> conversion(Instant from, Instant to) {
		return this.counts.conversion(from, to);
	}

	private LinkOverview overview(InviteLink link, Instant now) {
		return new LinkOverview(link, link.state(now), link.remainingUses(), this.properties.address(link.code()),
				this.properties.publicUrl() != null);
	}

	private InviteLink existing(long id) {
		return this.links.find(id).orElseThrow(() -> new NoSuchElementException("No link " + id));
	}

	private void move(long redemptionId, RedemptionChange change) {
		if (!this.redemptions.move(redemptionId, change, this.clock.instant())) {
			String now = this.redemptions.find(redemptionId).map((r) -> r.status().name()).orElse("missing");
			throw new IllegalStateException(
					"Redemption " + redemptionId + " is " + now + ", it cannot become " + change.status());
		}
	}

}
