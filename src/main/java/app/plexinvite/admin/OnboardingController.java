package app.plexinvite.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.onboarding.Onboarding;
import app.plexinvite.onboarding.PreJoinRules;

/**
 * The invitee's guide after joining and the rules before signing in: edit, add, remove,
 * reorder steps, preview Markdown as invitees will see it, rules on/off, reset to the
 * built-in guide. A bad step re-renders the page with field errors (422), nothing lost.
 */
@Controller
class OnboardingController {

	private static final String PAGE = "admin/onboarding";

	private final Onboarding onboarding;

	private final AuditLog audit;

	OnboardingController(Onboarding onboarding, AuditLog audit) {
		this.onboarding = onboarding;
		this.audit = audit;
	}

	@GetMapping("/admin/onboarding")
	String show(Model model) {
		return page(model, new StepForm("", ""), null, rulesForm());
	}

	@PostMapping("/admin/onboarding/steps")
	String add(@Valid @ModelAttribute("form") StepForm form, BindingResult errors,
			@RequestParam(required = false) String preview, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		if (errors.hasErrors() || preview != null) {
			return again(model, form, null, errors, response);
		}
		this.onboarding.addStep(form.title(), form.body());
		return done(flash, "admin.onboarding.added", "guide: step added");
	}

	@PostMapping("/admin/onboarding/steps/{position}")
	String update(@PathVariable int position, @Valid @ModelAttribute("form") StepForm form, BindingResult errors,
			@RequestParam(required = false) String preview, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		if (errors.hasErrors() || preview != null) {
			return again(model, form, position, errors, response);
		}
		return act(() -> this.onboarding.updateStep(position, form.title(), form.body()), "admin.onboarding.saved",
				"guide: step " + position + " changed", flash);
	}

	@PostMapping("/admin/onboarding/steps/{position}/delete")
	String remove(@PathVariable int position, RedirectAttributes flash) {
		return act(() -> this.onboarding.removeStep(position), "admin.onboarding.removed",
				"guide: step " + position + " removed", flash);
	}

	@PostMapping("/admin/onboarding/steps/{position}/move")
	String move(@PathVariable int position, @RequestParam int direction, RedirectAttributes flash) {
		return act(() -> this.onboarding.moveStep(position, direction), "admin.onboarding.moved",
				"guide: step " + position + " moved", flash);
	}

	@PostMapping("/admin/onboarding/rules")
	String rules(@Valid @ModelAttribute("rules") RulesForm rules, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, new StepForm("", ""), null, rules);
		}
		this.onboarding.saveRules(rules.enabled(), rules.text());
		return done(flash, "admin.onboarding.rulesSaved", "rules " + (rules.enabled() ? "on" : "off"));
	}

	@PostMapping("/admin/onboarding/reset")
	String reset(RedirectAttributes flash) {
		this.onboarding.resetToDefaults();
		return done(flash, "admin.onboarding.reset", "guide: reset to the built-in steps");
	}

	/** Field errors (422) or the preview: the page again with the text as typed. */
	private String again(Model model, StepForm form, Integer position, BindingResult errors,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		else {
			model.addAttribute("previewHtml", this.onboarding.render(form.body()));
		}
		return page(model, form, position, rulesForm());
	}

	private String page(Model model, StepForm form, Integer position, RulesForm rules) {
		model.addAttribute("steps", this.onboarding.steps());
		model.addAttribute("usesDefaults", this.onboarding.usesDefaultSteps());
		model.addAttribute("form", form);
		model.addAttribute("editing", position);
		model.addAttribute("rules", rules);
		model.addAttribute("rulesHtml", this.onboarding.rules().html());
		return PAGE;
	}

	private RulesForm rulesForm() {
		PreJoinRules rules = this.onboarding.rules();
		return new RulesForm(rules.enabled(), rules.markdown());
	}

	private String act(Runnable action, String doneKey, String target, RedirectAttributes flash) {
		try {
			action.run();
			return done(flash, doneKey, target);
		}
		catch (IllegalArgumentException ex) {
			flash.addFlashAttribute("problem", "admin.onboarding.notPossible");
			this.audit.ownerDid(AuditAction.ONBOARDING_EDITED, target, AuditOutcome.failed("no such step"));
		}
		return "redirect:/admin/onboarding";
	}

	private String done(RedirectAttributes flash, String key, String target) {
		this.audit.ownerDid(AuditAction.ONBOARDING_EDITED, target, AuditOutcome.ok());
		flash.addFlashAttribute("success", key);
		return "redirect:/admin/onboarding";
	}

	/**
	 * A step as typed.
	 *
	 * @param title the title
	 * @param body Markdown
	 */
	record StepForm(
			@NotBlank(message = "{admin.onboarding.title.required}") @Size(max = Onboarding.MAX_TITLE,
					message = "{admin.onboarding.title.too-long}") String title,
			@Size(max = Onboarding.MAX_BODY, message = "{admin.onboarding.body.too-long}") String body) {

		StepForm {
			title = (title != null) ? title : "";
			body = (body != null) ? body : "";
		}

	}

	/**
	 * The pre-join rules as typed.
	 *
	 * @param enabled invitees accept them before signing in
	 * @param text Markdown (empty: the built-in rules)
	 */
	record RulesForm(boolean enabled,
			@Size(max = Onboarding.MAX_BODY, message = "{admin.onboarding.body.too-long}") String text) {
	}

}
