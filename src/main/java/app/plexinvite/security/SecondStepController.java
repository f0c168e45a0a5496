package app.plexinvite.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second sign-in step for an owner with TOTP: after the password the session holds
 * only {@link #PENDING}; a right code (TOTP or recovery) makes it the owner's, with a new
 * session id. Wrong codes count in the same {@link LoginThrottle} as wrong passwords.
 */
@Controller
class SecondStepController {

	static final String PATH = "/admin/login/code";

	/** The one authority of a session whose password was right and whose code is due. */
	static final String PENDING = "ROLE_PASSWORD_CHECKED";

	private final OwnerAccounts owners;

	private final SecondFactors factors;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	SecondStepController(OwnerAccounts owners, SecondFactors factors, LoginThrottle throttle,
			ApplicationEventPublisher events) {
		this.owners = owners;
		this.factors = factors;
		this.throttle = throttle;
		this.events = events;
	}

	static boolean pending(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(PENDING::equals);
	}

	@GetMapping(PATH)
	String form() {
		return "security/login-code";
	}

	@PostMapping(PATH)
	String check(@RequestParam(defaultValue = "") String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		String username = authentication.getName();
		String client = ClientAddress.of(request);
		if (this.throttle.lockedOut(client, username) || !this.throttle.tryGuess(username)) {
			this.events.publishEvent(new AuthenticationFailureLockedEvent(authentication,
					new LockedException("Too many wrong sign-in codes")));
			return "redirect:" + PATH + "?locked";
		}
		if (code.length() > 40 || !this.factors.verify(username, code)) {
			this.throttle.failed(client, username);
			// Spring Security's own event types, so that whoever keeps a log of sign-ins
			// sees the code step like the password step.
			this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(authentication,
					new BadCredentialsException("Wrong sign-in code")));
			return "redirect:" + PATH + "?error";
		}
		this.throttle.succeeded(client, username);
		this.throttle.guessedRight(username);
		this.owners.signIn(this.owners.find(username).orElseThrow(), request, response);
		this.events.publishEvent(new AuthenticationSuccessEvent(
				SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication()));
		return "redirect:/admin";
	}

}
