package app.plexinvite.links;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.plexinvite.audit.Actor;
import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.InviteeLanguage;
import app.plexinvite.invite.LinkedRequest;
import app.plexinvite.invite.LinkedSubmission;
import app.plexinvite.plex.PlexAccount;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexToken;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;

/**
 * Joining with a link after signing in with Plex: who it is ({@link PlexJoin}), a use of
 * the link ({@link InviteLinks#reserve}), then either a request for the owner's approval
 * or the share with the link's profile and the accept. Every step is recorded on the
 * redemption; the token is used here and dropped.
 */
@Component
class JoinService {

	private static final Logger log = LoggerFactory.getLogger(JoinService.class);

	static final String NO_LIBRARIES = "The link's access profile has no libraries chosen; choose them in Profiles.";

	private static final Set<PlexException.Reason> TRANSIENT = EnumSet.of(PlexException.Reason.RATE_LIMITED,
			PlexException.Reason.SERVER_UNREACHABLE);

	private final PlexJoin plex;

	private final InviteLinks links;

	private final AccessProfiles profiles;

	private final Invitations invitations;

	/** The join's name in the audit log. */
	static final String JOB = "invite link";

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final LinkNotices notices;

	JoinService(PlexJoin plex, InviteLinks links, AccessProfiles profiles, Invitations invitations,
			ObjectProvider<Clock> clock, ApplicationEventPublisher events, LinkNotices notices) {
		this.events = events;
		this.notices = notices;
		this.plex = plex;
		this.links = links;
		this.profiles = profiles;
		this.invitations = invitations;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Joins with the invitee's Plex token; {@code locale} is the language of the page
	 * they started from (stored on the redemption for notifications), or null.
	 */
	JoinOutcome join(InviteLink link, PlexToken token, Locale locale) {
		PlexJoin.SignIn who;
		try {
			who = this.plex.signIn(token);
		}
		catch (PlexException ex) {
			// Nothing is taken yet: the invitee tries again once Plex answers.
			log.warn("Link {}: reading the invitee's Plex account failed: {}", link.id(), ex.getMessage());
			return JoinOutcome.of((ex.reason() == PlexException.Reason.TOKEN_REJECTED) ? JoinOutcome.Kind.SIGN_IN_AGAIN
					: JoinOutcome.Kind.TRY_LATER);
		}
		if (!who.usable()) {
			return JoinOutcome.of(who.problem());
		}
		Invitee invitee = new Invitee(who.account().id(), who.account().username(), who.account().email());
		return switch (this.links.reserve(link, invitee)) {
			case Reservation.Refused refused -> JoinOutcome.of(JoinOutcome.Kind.LINK_CLOSED);
			case Reservation.Reserved reserved -> {
				this.links.recordLocale(reserved.redemptionId(), locale);
				yield joinReserved(link, reserved, who, token, InviteeLanguage.usable(locale));
			}
		};
	}

	private JoinOutcome joinReserved(InviteLink link, Reservation.Reserved reserved, PlexJoin.SignIn who,
			PlexToken token, Locale locale) {
		Optional<Redemption> before = reserved.returning() ? this.links.redemption(reserved.redemptionId())
				: Optional.empty();
		if (before.filter((redemption) -> redemption.status() == RedemptionStatus.REQUESTED).isPresent()) {
			return JoinOutcome.awaitingApproval(null);
		}
		boolean hasAccess = before
			.filter((redemption) -> EnumSet.of(RedemptionStatus.SHARED, RedemptionStatus.ACCEPTED)
				.contains(redemption.status()))
			.isPresent();
		if (link.approvalRequired() && !hasAccess) {
			return requestApproval(link, reserved, who.account().shareName(), locale);
		}
		Optional<AccessProfile> profile = this.profiles.find(link.profileId()).filter(AccessProfile::configured);
		if (profile.isEmpty()) {
			return ownerMustAct(link, new Joining(reserved.redemptionId(), false, locale), who,
					"PROFILE_NOT_CONFIGURED", "profile " + link.profileId() + " has no libraries chosen", NO_LIBRARIES);
		}
		return share(link, new Joining(reserved.redemptionId(), !hasAccess, locale), before, profile.get(), who, token);
	}

	private JoinOutcome requestApproval(InviteLink link, Reservation.Reserved reserved, String identifier,
			Locale locale) {
		LinkedSubmission submission = this.invitations
			.submitFromLink(new LinkedRequest(identifier, link.profileId(), link.id(), true, locale));
		if (!submission.stored()) {
			if (!reserved.returning()) {
				this.links.release(reserved.redemptionId());
			}
			return JoinOutcome.refused(submission.refusedMessageKey());
		}
		this.links.recordRequested(reserved.redemptionId(), submission.requestId());
		return JoinOutcome.awaitingApproval(submission.statusToken());
	}

	private JoinOutcome share(InviteLink link, Joining joining, Optional<Redemption> before, AccessProfile profile,
			PlexJoin.SignIn who, PlexToken token) {
		long redemptionId = joining.redemptionId();
		try {
			PlexJoin.Shared shared = this.plex.shareAndAccept(token, who.account(), profile.selection(),
					profile.shareSettings());
			Instant endsAt = before.map(Redemption::accessEndsAt)
				.or(() -> profile.accessEndsAt(this.clock.instant()))
				.orElse(null);
			this.links.recordShared(redemptionId, shared.share().shareId(), endsAt);
			if (joining.firstShare()) {
				this.notices.redeemed(link, redemptionId, who.account());
			}
			granted(link, joining, who, shared, profile, endsAt, false);
			audit(AuditAction.LINK_SHARED, link, who, AuditOutcome.ok());
			if (!shared.accepted()) {
				audit(AuditAction.LINK_ACCEPTED, link, who,
						AuditOutcome.failed("not accepted yet; they accept in Plex"));
				return JoinOutcome.of(JoinOutcome.Kind.ACCEPT_PENDING);
			}
			this.links.recordAccepted(redemptionId);
			granted(link, joining, who, shared, profile, endsAt, true);
			audit(AuditAction.LINK_ACCEPTED, link, who, AuditOutcome.ok());
			return JoinOutcome.joined(endsAt);
		}
		catch (PlexException ex) {
			audit(AuditAction.LINK_SHARED, link, who, AuditOutcome.failed(ex.reason().description()));
			if (busy(ex)) {
				failed(link, redemptionId, ex.reason().name(), ex.getMessage());
				return JoinOutcome.of(JoinOutcome.Kind.TRY_LATER);
			}
			return ownerMustAct(link, joining, who, ex.reason().name(), ex.getMessage(), ex.reason().description());
		}
		catch (RuntimeException ex) {
			audit(AuditAction.LINK_SHARED, link, who, AuditOutcome.failed(ex.getClass().getSimpleName()));
			String name = ex.getClass().getSimpleName();
			return ownerMustAct(link, joining, who, "UNEXPECTED", name, "Joining failed unexpectedly (" + name + ").");
		}
	}

	/** For the people list: the share, and once more when it was accepted. */
	private void granted(InviteLink link, Joining joining, PlexJoin.SignIn who, PlexJoin.Shared shared,
			AccessProfile profile, Instant endsAt, boolean accepted) {
		PlexAccount account = who.account();
		this.events.publishEvent(new AccessGranted(AccessGranted.Source.LINK, joining.redemptionId(), link.label(),
				account.id(), LinkNotices.present(account.username()), LinkNotices.present(account.email()),
				shared.share().shareId(), accepted, profile.id(), endsAt, this.clock.instant(), joining.locale()));
	}

	/** The person by their Plex name, the link by id and label: its code is a secret. */
	private void audit(AuditAction action, InviteLink link, PlexJoin.SignIn who, AuditOutcome outcome) {
		String target = who.account().shareName() + " via link #" + link.id() + " " + link.label();
		this.events.publishEvent(new AuditEvent(this.clock.instant(), Actor.job(JOB), action, target, outcome));
	}

	/**
	 * A failure only the owner can fix: recorded on the link and told to notifications.
	 */
	private JoinOutcome ownerMustAct(InviteLink link, Joining joining, PlexJoin.SignIn who, String reason,
			String detail, String told) {
		JoinOutcome outcome = failed(link, joining.redemptionId(), reason, detail);
		this.notices.failed(joining.redemptionId(), who.account(), told, joining.locale());
		return outcome;
	}

	private JoinOutcome failed(InviteLink link, long redemptionId, String reason, String detail) {
		log.warn("Link {}: joining failed ({}): {}", link.id(), reason, detail);
		this.links.recordFailed(redemptionId, reason, detail);
		return JoinOutcome.of(JoinOutcome.Kind.FAILED);
	}

	/**
	 * Plex is busy or away (429, unreachable, a 5xx): recorded for the owner, and the
	 * invitee may try again.
	 */
	private static boolean busy(PlexException ex) {
		return TRANSIENT.contains(ex.reason())
				|| (ex.reason() == PlexException.Reason.PLEX_ERROR && ex.httpStatus().orElse(0) >= 500);
	}

	/**
	 * A join under way.
	 *
	 * @param redemptionId the redemption
	 * @param firstShare whether this join shares for the first time with this use (not a
	 * returning invitee who holds the share already)
	 * @param locale the invitee's language, or null
	 */
	private record Joining(long redemptionId, boolean firstShare, Locale locale) {
	}

}
