package app.plexinvite.mail;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;

/**
 * The owner's e-mail page ({@code /admin/email}): SMTP settings (the environment's shown
 * read-only), the test e-mail, which notifications go out and in which language, and the
 * outbox log with "retry now".
 */
@Controller
class MailPageController {

	static final int PAGE = 25;

	private final MailSetup setup;

	private final MailQueue queue;

	private final Outbox outbox;

	private final AuditLog audit;

	MailPageController(MailSetup setup, MailQueue queue, Outbox outbox, AuditLog audit) {
		this.setup = setup;
		this.queue = queue;
		this.outbox = outbox;
		this.audit = audit;
	}

	@InitBinder("form")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/admin/email")
	String show(@RequestParam(required = false) @Nullable Long before, Model model) {
		model.addAttribute("form", SmtpForm.of(this.setup.current()));
		return page(before, model);
	}

	@PostMapping("/admin/email/smtp")
	String saveSmtp(@Valid @ModelAttribute("form") SmtpForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			form.problems().forEach((field, key) -> result.rejectValue(field, key));
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			this.audit.ownerDid(AuditAction.MAIL_SETTINGS_CHANGED, "SMTP settings", AuditOutcome.failed("invalid"));
			return page(null, model);
		}
		this.setup.saveSmtp(form);
		MailSettings now = this.setup.current();
		String password = form.clear() ? "password cleared"
				: (SmtpForm.blankToNull(form.password()) != null) ? "password changed" : "password kept";
		this.audit.ownerDid(AuditAction.MAIL_SETTINGS_CHANGED, "SMTP settings",
				AuditOutcome.ok(now.host() + ":" + now.port() + " " + now.security() + ", " + password));
		flash.addFlashAttribute("success", "admin.email.saved");
		return "redirect:/admin/email";
	}

	@PostMapping("/admin/email/choices")
	String saveChoices(@RequestParam(defaultValue = "en") String language,
			@RequestParam(defaultValue = "false") boolean invitees,
			@RequestParam(name = "kind", required = false) @Nullable List<MailKind> kinds, RedirectAttributes flash) {
		EnumSet<MailKind> on = EnumSet.noneOf(MailKind.class);
		if (kinds != null) {
			on.addAll(kinds);
		}
		this.setup.saveChoices(MailLanguages.parse(language), invitees, on);
		this.audit.ownerDid(AuditAction.MAIL_CHOICES_CHANGED, "e-mail notifications",
				AuditOutcome.ok("language " + MailLanguages.parse(language).toLanguageTag() + ", invitees "
						+ (invitees ? "on" : "off") + ", owner " + on));
		flash.addFlashAttribute("success", "admin.email.choicesSaved");
		return "redirect:/admin/email";
	}

	@PostMapping("/admin/email/test")
	String sendTest(@RequestParam(defaultValue = "") String to, RedirectAttributes flash) {
		MailSettings settings = this.setup.current();
		String recipient = to.isBlank() ? settings.ownerEmail() : to.strip();
		String problem = !settings.configured() ? "admin.email.test.notSetUp" : (recipient == null)
				? "admin.email.test.noAddress" : !Notifier.valid(recipient) ? "admin.email.error.address" : null;
		if (problem != null) {
			this.audit.ownerDid(AuditAction.MAIL_TEST_SENT, "test e-mail", AuditOutcome.failed(problem));
			flash.addFlashAttribute("problem", problem);
			return "redirect:/admin/email";
		}
		this.queue.add(MailKind.TEST, recipient, settings.ownerLanguage(), Map.of());
		this.queue.sendSoon();
		this.audit.ownerDid(AuditAction.MAIL_TEST_SENT, "test e-mail to " + recipient, AuditOutcome.ok());
		flash.addFlashAttribute("success", "admin.email.test.queued");
		return "redirect:/admin/email";
	}

	@PostMapping("/admin/email/outbox/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes flash) {
		boolean queued = this.queue.retryNow(id);
		this.audit.ownerDid(AuditAction.MAIL_RETRIED, "e-mail #" + id,
				queued ? AuditOutcome.ok() : AuditOutcome.failed("not waiting or failed"));
		flash.addFlashAttribute(queued ? "success" : "problem",
				queued ? "admin.email.retried" : "admin.email.retryRefused");
		return "redirect:/admin/email";
	}

	private String page(@Nullable Long before, Model model) {
		MailSettings settings = this.setup.current();
		List<OutboxMessage> log = this.outbox.recent(before, PAGE + 1);
		model.addAttribute("settings", settings);
		model.addAttribute("securities", SmtpSecurity.values());
		model.addAttribute("ownerKinds", MailKind.ownerChoices());
		model.addAttribute("kinds", MailKind.values());
		model.addAttribute("languages", MailLanguages.SUPPORTED);
		model.addAttribute("log", log.subList(0, Math.min(PAGE, log.size())));
		model.addAttribute("older", (log.size() > PAGE) ? log.get(PAGE - 1).id() : null);
		return "admin/email";
	}

}
