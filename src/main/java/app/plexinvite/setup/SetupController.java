package app.plexinvite.setup;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.plexinvite.security.OwnerAccounts;
import app.plexinvite.security.SetupCodes;

/**
 * The set-up page and its first steps: the one-time code, then the owner's account (when
 * ADMIN_PASSWORD_HASH is not set). Connecting Plex is {@link PlexSetupController}.
 */
@Controller
class SetupController {

	private final FirstRunSetup setup;

	private final OwnerAccounts owners;

	private final SetupCodes codes;

	SetupController(FirstRunSetup setup, OwnerAccounts owners, SetupCodes codes) {
		this.setup = setup;
		this.owners = owners;
		this.codes = codes;
	}

	/**
	 * The form is a record: bind it through its constructor only, so forged names such as
	 * {@code code[0]} or {@code class.x} are ignored instead of failing with a 500.
	 */
	@InitBinder("account")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/setup")
	String page(HttpServletRequest request, Model model) {
		if (this.setup.complete()) {
			return "redirect:/admin";
		}
		return show(request, model);
	}

	@PostMapping("/setup/code")
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		SetupCodes.Check check = this.codes.check(request, code);
		if (check == SetupCodes.Check.ACCEPTED) {
			SetupSession.of(request).acceptCode();
			return "redirect:/setup";
		}
		boolean locked = check == SetupCodes.Check.LOCKED_OUT;
		response.setStatus(locked ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("codeProblem", locked ? "setup.code.locked" : "setup.code.wrong");
		return show(request, model);
	}

	@PostMapping("/setup/account")
	String account(@Valid @ModelAttribute("account") AccountForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!SetupSession.of(request).allowed() || !this.setup.accountNeeded()) {
			return "redirect:/setup";
		}
		if (!result.hasFieldErrors("password") && !form.confirmed()) {
			result.rejectValue("confirm", "setup.account.confirm.different");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(request, model);
		}
		this.owners.create(form.username(), form.password());
		this.owners.signIn(request, response);
		return this.setup.finishIfComplete() ? "redirect:/admin" : "redirect:/setup";
	}

	private String show(HttpServletRequest request, Model model) {
		SetupSession session = SetupSession.of(request);
		model.addAttribute("allowed", session.allowed());
		model.addAttribute("accountNeeded", this.setup.accountNeeded());
		model.addAttribute("accountFromEnvironment", this.owners.fromEnvironment());
		model.addAttribute("plex", this.setup.plexStatus());
		model.addAttribute("plexToken", session.sealedToken() != null);
		model.addAttribute("servers", session.servers());
		model.addAttribute("waitingForPlex", session.pin() != null);
		if (!model.containsAttribute("account")) {
			model.addAttribute("account", AccountForm.empty());
		}
		return "setup/setup";
	}

}
