package app.plexinvite.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/account}: your password, your two-step sign-in (see
 * {@link TotpController}) and the other owners. A failed form comes back with its field
 * errors (422).
 */
@Controller
class AccountController {

	static final String PATH = "/admin/account";

	private final OwnerRoster roster;

	private final SecondFactors factors;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final Clock clock;

	AccountController(OwnerRoster roster, SecondFactors factors, ApplicationEventPublisher events,
			LoginThrottle throttle, ObjectProvider<Clock> clock) {
		this.roster = roster;
		this.factors = factors;
		this.events = events;
		this.throttle = throttle;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping(PATH)
	String show(Authentication me, Model model) {
		model.addAttribute("passwordChange", AccountForms.PasswordChange.empty());
		model.addAttribute("newOwner", AccountForms.NewOwner.empty());
		return page(me, model);
	}

	@PostMapping(PATH + "/password")
	String changePassword(Authentication me, @Valid @ModelAttribute AccountForms.PasswordChange passwordChange,
			BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response,
			HttpSession session) {
		if (!errors.hasFieldErrors("password") && !passwordChange.repeated()) {
			errors.rejectValue("repeat", "account.password.differ");
		}
		if (!errors.hasErrors() && !this.throttle.tryGuess(me.getName())) {
			errors.rejectValue("current", "account.tooManyGuesses");
		}
		if (!errors.hasErrors()) {
			String problem = this.roster.changePassword(me.getName(), passwordChange.current(),
					passwordChange.password());
			if (problem == null) {
				this.throttle.guessedRight(me.getName());
				// Every other session of this owner ends (SessionAgeFilter); this one
				// goes on.
				session.setAttribute(SignInHandlers.SIGNED_IN_AT, this.clock.instant());
			}
			changed(me, OwnerAccountChanged.Change.PASSWORD_CHANGED, me.getName(), problem == null);
			if (problem == null) {
				flash.addFlashAttribute("success", "account.password.changed");
				return "redirect:" + PATH;
			}
			errors.rejectValue("current", problem);
		}
		model.addAttribute("newOwner", AccountForms.NewOwner.empty());
		response.setStatus(422);
		return page(me, model);
	}

	@PostMapping(PATH + "/owners")
	String addOwner(Authentication me, @Valid @ModelAttribute AccountForms.NewOwner newOwner, BindingResult errors,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			String problem = this.roster.add(newOwner.username(), newOwner.password());
			changed(me, OwnerAccountChanged.Change.OWNER_ADDED, newOwner.username(), problem == null);
			if (problem == null) {
				flash.addFlashAttribute("success", "account.owners.added");
				return "redirect:" + PATH;
			}
			errors.rejectValue("username", problem);
		}
		model.addAttribute("passwordChange", AccountForms.PasswordChange.empty());
		response.setStatus(422);
		return page(me, model);
	}

	@PostMapping(PATH + "/owners/remove")
	String removeOwner(Authentication me, @RequestParam String username, RedirectAttributes flash) {
		String problem = this.roster.remove(me.getName(), username);
		changed(me, OwnerAccountChanged.Change.OWNER_REMOVED, username, problem == null);
		flash.addFlashAttribute((problem == null) ? "success" : "problem",
				(problem == null) ? "account.owners.removed" : problem);
		return "redirect:" + PATH;
	}

	private void changed(Authentication me, OwnerAccountChanged.Change change, String account, boolean done) {
		this.events.publishEvent(new OwnerAccountChanged(me.getName(), change, account, done));
	}

	private String page(Authentication me, Model model) {
		model.addAttribute("me", me.getName());
		model.addAttribute("owners", this.roster.list());
		model.addAttribute("fromEnvironment", this.roster.isEnvironment(me.getName()));
		model.addAttribute("totp", this.factors.enabled(me.getName()));
		model.addAttribute("recoveryCodesLeft", this.factors.recoveryCodesLeft(me.getName()));
		return "security/account";
	}

}
