package app.plexinvite.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiPredicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session timeout: a session signed in longer ago than {@link #MAX_AGE} is
 * ended, however active it was, and so is one whose owner was removed or whose password
 * changed since (the idle timeout is the container's
 * {@code server.servlet.session.timeout}). Runs before the security context is loaded, so
 * the request continues as a stranger's.
 */
final class SessionAgeFilter extends OncePerRequestFilter {

	static final Duration MAX_AGE = Duration.ofHours(12);

	private final Clock clock;

	private final BiPredicate<String, Instant> stands;

	/**
	 * @param stands whether the owner's account still stands for a session signed in at
	 * that time (not removed, password not changed since)
	 */
	SessionAgeFilter(Clock clock, BiPredicate<String, Instant> stands) {
		this.clock = clock;
		this.stands = stands;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SignInHandlers.SIGNED_IN_AT) instanceof Instant signedInAt
				&& (!signedInAt.plus(MAX_AGE).isAfter(this.clock.instant()) || !stands(session, signedInAt))) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

	private boolean stands(HttpSession session, Instant signedInAt) {
		if (session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null) {
			return this.stands.test(context.getAuthentication().getName(), signedInAt);
		}
		return true;
	}

}
