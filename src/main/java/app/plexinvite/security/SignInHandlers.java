package app.plexinvite.security;

import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Where sign-in leads: always to {@code /admin} (no "next" parameter, no saved request,
 * so no redirect off-site), and back to the page on failure without creating a session
 * for a stranger. The sign-in time is kept for the absolute session timeout. An owner
 * with TOTP goes on to the second step instead.
 */
final class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String SIGNED_IN_AT = SignInHandlers.class.getName() + ".signedInAt";

	private final Clock clock;

	private final Consumer<String> signedIn;

	SignInHandlers(Clock clock, Consumer<String> signedIn) {
		this.clock = clock;
		this.signedIn = signedIn;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		request.getSession().setAttribute(SIGNED_IN_AT, this.clock.instant());
		if (SecondStepController.pending(authentication)) {
			response.sendRedirect(request.getContextPath() + SecondStepController.PATH);
			return;
		}
		this.signedIn.accept(authentication.getName());
		response.sendRedirect(request.getContextPath() + "/admin");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String outcome = (exception instanceof LockedException) ? "locked" : "error";
		response.sendRedirect(request.getContextPath() + "/admin/login?" + outcome);
	}

}
