package app.plexinvite.notify;

import java.util.List;
import java.util.NoSuchElementException;

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
import app.plexinvite.crypto.SealedText;

/**
 * The owner's endpoints: the list, one endpoint with its secret and delivery log, and the
 * actions on it (test event, retry a delivery, enable, rotate the secret, delete), each
 * audited.
 */
@Controller
class WebhooksController {

	static final int LOG_PAGE = 25;

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	private final EndpointAdmin admin;

	private final AuditLog audit;

	WebhooksController(Endpoints endpoints, Deliveries deliveries, EndpointAdmin admin, AuditLog audit) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.admin = admin;
		this.audit = audit;
	}

	@GetMapping("/admin/webhooks")
	String list(Model model) {
		model.addAttribute("endpoints", this.endpoints.all());
		model.addAttribute("lastDeliveries", this.deliveries.lastAttempted());
		model.addAttribute("eventTotal", EventType.subscribable().size());
		return "admin/webhooks";
	}

	@GetMapping("/admin/webhooks/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) Long before, Model model) {
		Endpoint endpoint = find(id);
		List<Delivery> log = this.deliveries.log(id, before, LOG_PAGE + 1);
		model.addAttribute("endpoint", endpoint);
		model.addAttribute("deliveries", log.subList(0, Math.min(log.size(), LOG_PAGE)));
		model.addAttribute("older", (log.size() > LOG_PAGE) ? log.get(LOG_PAGE - 1).id() : null);
		if (endpoint.kind() == EndpointKind.GENERIC) {
			try {
				model.addAttribute("secret", this.admin.secret(id));
			}
			catch (SealedText.Unreadable ex) {
				model.addAttribute("secretUnreadable", true);
			}
		}
		return "admin/webhook";
	}

	@PostMapping("/admin/webhooks/{id}/test")
	String test(@PathVariable long id, RedirectAttributes flash) {
		Endpoint endpoint = find(id);
		Delivery sent = this.admin.sendTest(id);
		boolean delivered = sent.status() == DeliveryStatus.DELIVERED;
		this.audit.ownerDid(AuditAction.WEBHOOK_TESTED, DeliveryAttempts.target(endpoint),
				delivered ? AuditOutcome.ok() : AuditOutcome.failed(sent.lastError()));
		flash.addFlashAttribute(delivered ? "success" : "problem",
				delivered ? "webhooks.test.delivered" : "webhooks.test.failed");
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/retry")
	String retry(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes flash) {
		Endpoint endpoint = find(id);
		try {
			var sent = this.admin.retry(id, deliveryId);
			boolean delivered = sent.map((delivery) -> delivery.status() == DeliveryStatus.DELIVERED).orElse(false);
			this.audit.ownerDid(AuditAction.WEBHOOK_DELIVERY_RETRIED,
					DeliveryAttempts.target(endpoint) + " delivery #" + deliveryId,
					delivered ? AuditOutcome.ok() : AuditOutcome.failed(sent.map(Delivery::lastError).orElse("busy")));
			flash.addFlashAttribute(delivered ? "success" : "problem", sent.isEmpty() ? "webhooks.retry.busy"
					: delivered ? "webhooks.retry.delivered" : "webhooks.retry.failed");
		}
		catch (NoSuchElementException ex) {
			throw WebhookNotFound.withId(id);
		}
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/admin/webhooks/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes flash) {
		Endpoint endpoint = find(id);
		boolean enabled = this.admin.enable(id);
		this.audit.ownerDid(AuditAction.WEBHOOK_ENABLED, DeliveryAttempts.target(endpoint),
				enabled ? AuditOutcome.ok() : AuditOutcome.failed("already enabled"));
		flash.addFlashAttribute("success", enabled ? "webhooks.enabled" : "webhooks.alreadyEnabled");
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/admin/webhooks/{id}/rotate")
	String rotate(@PathVariable long id, RedirectAttributes flash) {
		Endpoint endpoint = find(id);
		this.admin.rotateSecret(id);
		this.audit.ownerDid(AuditAction.WEBHOOK_SECRET_ROTATED, DeliveryAttempts.target(endpoint), AuditOutcome.ok());
		flash.addFlashAttribute("success", "webhooks.rotated");
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/admin/webhooks/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes flash) {
		Endpoint endpoint = find(id);
		this.admin.delete(id);
		this.audit.ownerDid(AuditAction.WEBHOOK_DELETED, DeliveryAttempts.target(endpoint), AuditOutcome.ok());
		flash.addFlashAttribute("success", "webhooks.deleted");
		return "redirect:/admin/webhooks";
	}

	private Endpoint find(long id) {
		return this.endpoints.find(id).orElseThrow(() -> WebhookNotFound.withId(id));
	}

}
