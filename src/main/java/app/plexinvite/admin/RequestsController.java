package app.plexinvite.admin;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.RequestQuery;
import app.plexinvite.invite.RequestStatus;

/**
 * Every request: search, filter by status, page through, and act on one (retry, cancel,
 * approve, deny). The {@code @Size} limits are checked by Spring MVC's own method
 * validation, which answers 400; a class-level {@code @Validated} would check them
 * through a proxy instead and turn a too-long search into a server error.
 */
@Controller
class RequestsController {

	static final int PAGE_SIZE = 50;

	private final Invitations invitations;

	private final AuditLog audit;

	RequestsController(Invitations invitations, AuditLog audit) {
		this.invitations = invitations;
		this.audit = audit;
	}

	@GetMapping("/admin/requests")
	String list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Long before,
			Model model) {
		String search = (q != null && !q.isBlank()) ? q.strip() : null;
		model.addAttribute("page", this.invitations.requests(new RequestQuery(search, status, before, PAGE_SIZE)));
		model.addAttribute("q", search);
		model.addAttribute("status", status);
		model.addAttribute("statuses", RequestStatus.values());
		return "admin/requests";
	}

	@PostMapping("/admin/requests/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes flash) {
		return act(id, AuditAction.REQUEST_RETRIED, () -> this.invitations.retry(id), "admin.requests.retried", flash);
	}

	@PostMapping("/admin/requests/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes flash) {
		return act(id, AuditAction.REQUEST_CANCELLED, () -> this.invitations.cancel(id), "admin.requests.cancelled",
				flash);
	}

	@PostMapping("/admin/requests/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes flash) {
		return act(id, AuditAction.REQUEST_APPROVED, () -> this.invitations.approve(id), "admin.requests.approved",
				flash);
	}

	@PostMapping("/admin/requests/{id}/deny")
	String deny(@PathVariable long id, @RequestParam(required = false) @Size(max = 500) String reason,
			RedirectAttributes flash) {
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		return act(id, AuditAction.REQUEST_DENIED, () -> this.invitations.deny(id, why), "admin.requests.denied",
				flash);
	}

	/**
	 * A request that moved on meanwhile (sent, cancelled by another tab) is explained,
	 * not an error page. Either way it goes into the audit log.
	 */
	private String act(long id, AuditAction audited, Runnable action, String doneKey, RedirectAttributes flash) {
		String target = this.invitations.request(id)
			.map((request) -> "request #" + id + " (" + request.identifier() + ")")
			.orElse("request #" + id);
		try {
			action.run();
			flash.addFlashAttribute("success", doneKey);
			this.audit.ownerDid(audited, target, AuditOutcome.ok());
		}
		catch (IllegalStateException | IllegalArgumentException | java.util.NoSuchElementException ex) {
			flash.addFlashAttribute("problem", "admin.requests.notPossible");
			this.audit.ownerDid(audited, target, AuditOutcome.failed("not possible in its current state"));
		}
		return "redirect:/admin/requests";
	}

}
