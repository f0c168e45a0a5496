package app.plexinvite.mail;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkOverview;

/**
 * "E-mail this link to…" on an invite link's page: queues the invitation e-mail and goes
 * back to the link with a flash message.
 */
@Controller
class LinkMailController {

	private final InviteLinks links;

	private final LinkMails mails;

	private final AuditLog audit;

	LinkMailController(InviteLinks links, LinkMails mails, AuditLog audit) {
		this.links = links;
		this.mails = mails;
		this.audit = audit;
	}

	@PostMapping("/admin/links/{id}/email")
	String send(@PathVariable long id, @RequestParam(defaultValue = "") String address,
			@RequestParam(required = false) @Nullable String lang, RedirectAttributes flash) {
		LinkOverview link = this.links.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LinkMails.Outcome outcome = this.mails.send(link, address, lang);
		String target = "link #" + id + " " + link.link().label() + " to " + address.strip();
		boolean queued = outcome == LinkMails.Outcome.QUEUED;
		this.audit.ownerDid(AuditAction.MAIL_LINK_SENT, target,
				queued ? AuditOutcome.ok() : AuditOutcome.failed(outcome.name()));
		flash.addFlashAttribute(queued ? "success" : "problem", "admin.email.link." + outcome.name());
		return "redirect:/admin/links/" + id;
	}

}
