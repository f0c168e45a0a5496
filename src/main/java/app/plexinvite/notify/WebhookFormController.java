package app.plexinvite.notify;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;

/**
 * Registering and editing endpoints. A refused form is shown again with its field errors
 * (422) and everything typed kept, except the token.
 */
@Controller
class WebhookFormController {

	private final EndpointAdmin admin;

	private final Endpoints endpoints;

	private final AuditLog audit;

	WebhookFormController(EndpointAdmin admin, Endpoints endpoints, AuditLog audit) {
		this.admin = admin;
		this.endpoints = endpoints;
		this.audit = audit;
	}

	/** Forged names such as {@code class.x} are ignored. */
	@InitBinder("form")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/admin/webhooks/new")
	String blank(Model model) {
		model.addAttribute("form", EndpointForm.empty());
		return show(model, null);
	}

	@PostMapping("/admin/webhooks")
	String create(@Valid @ModelAttribute("form") EndpointForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (refused(form, result)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, null);
		}
		long id = this.admin.create(form.draft());
		this.audit.ownerDid(AuditAction.WEBHOOK_CREATED, DeliveryAttempts.target(this.endpoints.find(id).orElseThrow()),
				AuditOutcome.ok(form.kind().name()));
		flash.addFlashAttribute("success", "webhooks.created");
		return "redirect:/admin/webhooks/" + id;
	}

	@GetMapping("/admin/webhooks/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Endpoint endpoint = this.endpoints.find(id).orElseThrow(() -> WebhookNotFound.withId(id));
		model.addAttribute("form", EndpointForm.of(endpoint));
		return show(model, endpoint);
	}

	@PostMapping("/admin/webhooks/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EndpointForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		Endpoint endpoint = this.endpoints.find(id).orElseThrow(() -> WebhookNotFound.withId(id));
		if (refused(form, result)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, endpoint);
		}
		this.admin.update(id, form.draft());
		this.audit.ownerDid(AuditAction.WEBHOOK_EDITED, DeliveryAttempts.target(this.endpoints.find(id).orElseThrow()),
				AuditOutcome.ok());
		flash.addFlashAttribute("success", "webhooks.saved");
		return "redirect:/admin/webhooks/" + id;
	}

	/** Whether the form has errors, the address's own ones added. */
	private static boolean refused(EndpointForm form, BindingResult result) {
		if (!result.hasFieldErrors("url") && !result.hasFieldErrors("kind")) {
			EndpointUrl.problem(form.kind(), form.url()).ifPresent((key) -> result.rejectValue("url", key));
		}
		return result.hasErrors();
	}

	private String show(Model model, Endpoint endpoint) {
		model.addAttribute("endpoint", endpoint);
		model.addAttribute("kinds", EndpointKind.values());
		model.addAttribute("eventTypes", EventType.subscribable());
		return "admin/webhook-form";
	}

}
