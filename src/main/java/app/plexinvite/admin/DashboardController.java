package app.plexinvite.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.invite.Invitations;
import app.plexinvite.links.InviteLinks;
import app.plexinvite.notify.Webhooks;
import app.plexinvite.mail.Mail;
import app.plexinvite.invite.RequestQuery;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.users.People;
import app.plexinvite.users.PeopleCounts;
import app.plexinvite.users.PersonState;

/**
 * The owner's start page: is Plex working, how are the requests going, what came in last,
 * which link sign-ins failed, who has access and what needs the owner (access that could
 * not be removed at its end, a sync with plex.tv that failed).
 */
@Controller
class DashboardController {

	private static final int RECENT = 10;

	private static final int RECENT_FAILURES = 5;

	private final RecentPlexStatus plexStatus;

	private final Invitations invitations;

	private final AccessProfiles profiles;

	private final InviteLinks links;

	private final People people;

	private final AuditLog audit;

	private final Webhooks webhooks;

	private final Mail mail;

	DashboardController(RecentPlexStatus plexStatus, Invitations invitations, AccessProfiles profiles,
			InviteLinks links, People people, AuditLog audit, Webhooks webhooks, Mail mail) {
		this.plexStatus = plexStatus;
		this.invitations = invitations;
		this.profiles = profiles;
		this.links = links;
		this.people = people;
		this.audit = audit;
		this.webhooks = webhooks;
		this.mail = mail;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("plex", this.plexStatus.current());
		model.addAttribute("stats", StatisticsView.of(this.invitations.statistics()));
		model.addAttribute("recent", this.invitations.requests(new RequestQuery(null, null, null, RECENT)).items());
		AccessProfile standard = this.profiles.defaultProfile();
		model.addAttribute("shareConfigured", standard.configured());
		model.addAttribute("defaultProfileId", standard.id());
		model.addAttribute("approvalRequired", this.invitations.approvalRequired());
		model.addAttribute("linkFailures", this.links.failedRedemptions(RECENT_FAILURES));
		PeopleCounts people = this.people.counts();
		model.addAttribute("peopleCounts", people);
		model.addAttribute("peoplePending", people.byState().getOrDefault(PersonState.PENDING, 0L));
		model.addAttribute("peopleSync", this.people.syncStatus());
		model.addAttribute("webhooksDisabled", this.webhooks.disabledEndpoints());
		model.addAttribute("mailFailing", this.mail.failing());
		return "admin/dashboard";
	}

	@GetMapping("/admin/plex")
	String testConnection(Model model) {
		PlexStatus status = this.plexStatus.fromScratch();
		this.audit.ownerDid(AuditAction.PLEX_CONNECTION_TESTED, "Plex connection", (status.problem() == null)
				? AuditOutcome.ok() : AuditOutcome.failed(status.problem().reason().description()));
		model.addAttribute("plex", status);
		return "admin/plex";
	}

}
