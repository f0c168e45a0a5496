package app.plexinvite.links;

import java.util.Locale;

import org.springframework.stereotype.Component;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.InviteeLanguage;
import app.plexinvite.invite.LinkedRequest;
import app.plexinvite.invite.LinkedSubmission;

/**
 * Joining by a typed Plex username instead of signing in: a use of the link and a request
 * in the owner's list, which the invite pipeline shares (after approval when the link
 * asks for it). A refused request gives the use back.
 */
@Component
class TypedJoins {

	private final InviteLinks links;

	private final Invitations invitations;

	TypedJoins(InviteLinks links, Invitations invitations) {
		this.links = links;
		this.invitations = invitations;
	}

	/**
	 * The typed-username path: a use of the link and a request in the list (the owner's
	 * pipeline shares it, or the owner approves it first).
	 */
	TypedOutcome requestByName(InviteLink link, String identifier, Locale locale) {
		if (!(this.links.reserve(link, new Invitee(null, identifier, null)) instanceof Reservation.Reserved reserved)) {
			return new TypedOutcome(null, null, true);
		}
		this.links.recordLocale(reserved.redemptionId(), locale);
		LinkedSubmission submission = this.invitations.submitFromLink(new LinkedRequest(identifier, link.profileId(),
				link.id(), link.approvalRequired(), InviteeLanguage.usable(locale)));
		if (!submission.stored()) {
			if (!reserved.returning()) {
				this.links.release(reserved.redemptionId());
			}
			return new TypedOutcome(null, submission.refusedMessageKey(), false);
		}
		this.links.recordRequested(reserved.redemptionId(), submission.requestId());
		return new TypedOutcome(submission.statusToken(), null, false);
	}

	/**
	 * What a typed username led to.
	 *
	 * @param statusToken the request's status page token, when stored
	 * @param errorKey the field error, when refused
	 * @param linkClosed the link expired, was revoked or used up meanwhile
	 */
	record TypedOutcome(String statusToken, String errorKey, boolean linkClosed) {
	}

}
