package app.plexinvite.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;

/**
 * The owner's API keys at {@code /admin/api}: list, create, revoke. A new key is shown
 * once, on the page the create POST renders itself (no redirect, so the key is in no URL,
 * flash attribute or session, and the answer is not cached); only its hash is kept.
 */
@Controller
class ApiKeysController {

	static final String PATH = "/admin/api";

	private final ApiKeys keys;

	private final ApiRateLimits limits;

	private final AuditLog audit;

	ApiKeysController(ApiKeys keys, ApiRateLimits limits, AuditLog audit) {
		this.keys = keys;
		this.limits = limits;
		this.audit = audit;
	}

	@InitBinder("form")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("form", new KeyForm(""));
		return show(model);
	}

	@PostMapping(PATH)
	String create(@Valid @ModelAttribute("form") KeyForm form, BindingResult result, Model model, Authentication owner,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model);
		}
		ApiKeys.NewKey created = this.keys.create(form.name(), owner.getName());
		this.audit.ownerDid(AuditAction.API_KEY_CREATED, target(created.key()), AuditOutcome.ok());
		model.addAttribute("created", created.key());
		model.addAttribute("secret", created.secret());
		model.addAttribute("form", new KeyForm(""));
		return show(model);
	}

	@PostMapping(PATH + "/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes flash) {
		ApiKey key = this.keys.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (this.keys.revoke(id)) {
			this.limits.forget(id);
			this.audit.ownerDid(AuditAction.API_KEY_REVOKED, target(key), AuditOutcome.ok());
			flash.addFlashAttribute("success", "api.keys.revoked");
		}
		else {
			flash.addFlashAttribute("problem", "api.keys.alreadyRevoked");
		}
		return "redirect:" + PATH;
	}

	private String show(Model model) {
		model.addAttribute("keys", this.keys.all());
		return "admin/api";
	}

	/** By id and name; never the key or its prefix. */
	private static String target(ApiKey key) {
		return "API key #" + key.id() + " " + key.name();
	}

	/**
	 * What the create form posts. Public only for the template engine.
	 *
	 * @param name who or what will use the key
	 */
	public record KeyForm(@NotBlank(message = "{api.keys.name.required}") @Size(max = ApiKey.MAX_NAME,
			message = "{api.keys.name.tooLong}") String name) {
	}

}
