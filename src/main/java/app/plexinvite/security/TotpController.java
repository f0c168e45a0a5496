package app.plexinvite.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turning the two-step sign-in on and off. A new secret waits in the session until a code
 * from the app confirms it; only then is TOTP on, and the recovery codes are shown once.
 * Turning it off needs a code too.
 */
@Controller
class TotpController {

	static final String PATH = AccountController.PATH + "/totp";

	private static final String PENDING_SECRET = TotpController.class.getName() + ".secret";

	private final SecondFactors factors;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	TotpController(SecondFactors factors, ApplicationEventPublisher events, LoginThrottle throttle) {
		this.factors = factors;
		this.events = events;
		this.throttle = throttle;
	}

	/**
	 * Only while it is off: replacing a working second step must go through turning it
	 * off, which needs a code.
	 */
	@PostMapping(PATH + "/start")
	String start(Authentication me, HttpSession session, RedirectAttributes flash) {
		if (this.factors.enabled(me.getName())) {
			flash.addFlashAttribute("problem", "account.totp.alreadyOn");
			return "redirect:" + AccountController.PATH;
		}
		session.setAttribute(PENDING_SECRET, this.factors.newSecret());
		return "redirect:" + PATH;
	}

	@GetMapping(PATH)
	String show(Authentication me, HttpSession session, Model model) {
		if (!(session.getAttribute(PENDING_SECRET) instanceof TotpSecret secret)) {
			return "redirect:" + AccountController.PATH;
		}
		String uri = secret.uri(me.getName());
		model.addAttribute("qrCode", QrCodes.svg(uri));
		model.addAttribute("secret", secret.grouped());
		model.addAttribute("uri", uri);
		return "security/totp";
	}

	@PostMapping(PATH)
	String confirm(Authentication me, @RequestParam(defaultValue = "") String code, HttpSession session, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		if (!(session.getAttribute(PENDING_SECRET) instanceof TotpSecret secret)
				|| this.factors.enabled(me.getName())) {
			return "redirect:" + AccountController.PATH;
		}
		Optional<List<String>> codes = this.factors.enable(me.getName(), secret, code);
		this.events.publishEvent(new OwnerAccountChanged(me.getName(), OwnerAccountChanged.Change.TWO_STEP_ENABLED,
				me.getName(), codes.isPresent()));
		if (codes.isEmpty()) {
			model.addAttribute("codeRejected", true);
			response.setStatus(422);
			return show(me, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		flash.addFlashAttribute("recoveryCodes", codes.get());
		return "redirect:" + AccountController.PATH + "/recovery-codes";
	}

	@GetMapping(AccountController.PATH + "/recovery-codes")
	String recoveryCodes(Model model) {
		return model.containsAttribute("recoveryCodes") ? "security/recovery-codes"
				: "redirect:" + AccountController.PATH;
	}

	@PostMapping(PATH + "/disable")
	String disable(Authentication me, @RequestParam(defaultValue = "") String code, RedirectAttributes flash) {
		if (!this.throttle.tryGuess(me.getName())) {
			flash.addFlashAttribute("problem", "account.tooManyGuesses");
			return "redirect:" + AccountController.PATH;
		}
		boolean off = code.length() <= 40 && this.factors.disable(me.getName(), code);
		if (off) {
			this.throttle.guessedRight(me.getName());
		}
		this.events.publishEvent(
				new OwnerAccountChanged(me.getName(), OwnerAccountChanged.Change.TWO_STEP_DISABLED, me.getName(), off));
		flash.addFlashAttribute(off ? "success" : "problem", off ? "account.totp.disabled" : "account.totp.wrongCode");
		return "redirect:" + AccountController.PATH;
	}

}
