package app.plexinvite.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session timeout: a session signed in longer ago than {@link #MAX_AGE} is
 * ended, however active it was (the idle timeout is the container's
 * {@code server.servlet.session.timeout}). Runs before the security context is loaded, so
 * the request continues as a stranger's.
 */
final class SessionAgeFilter extends OncePerRequestFilter {

	static final Duration MAX_AGE = Duration.ofHours(12);

	private final Clock clock;

	SessionAgeFilter(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SignInHandlers.SIGNED_IN_AT) instanceof Instant signedInAt
				&& !signedInAt.plus(MAX_AGE).isAfter(this.clock.instant())) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
