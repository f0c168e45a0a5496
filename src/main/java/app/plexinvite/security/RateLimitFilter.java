package app.plexinvite.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import app.plexinvite.security.RateLimitRejections.Limit;

/**
 * Rate limits on the public routes, before Spring Security does any work. Every
 * {@code POST /} (invite request) and every POST under {@code /i/} (invite links: sign in
 * with Plex, typed username) counts against the per-client invite limit and the limit for
 * all clients together, whatever its outcome; every other public request counts against
 * the per-client default limit. Static assets, health probes, the invite link's sign-in
 * status (polled every second by the page while Plex's sign-in is open; it only reads
 * memory) and the signed-in owner are not counted. Over a limit: 429 with Retry-After,
 * and the styled error page, counted by {@link RateLimitRejections}. A metrics scraper
 * with the right token is not counted (see {@link MetricsAccess}).
 */
final class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	/**
	 * Static files (the API docs page's Swagger UI among them), health probes, and the
	 * REST API, which has its own limit per key (api.ApiRateLimits).
	 */
	private static final List<String> UNCOUNTED_PREFIXES = List.of("/css/", "/js/", "/images/", "/webjars/",
			"/actuator/health", "/api/v1/");

	/**
	 * What an invitee's page polls while their Plex sign-in finishes (every second with
	 * script, every few seconds without): answered from memory, never counted.
	 */
	private static final Pattern SIGN_IN_STATUS = Pattern.compile("/i/[^/]{1,64}/(status|welcome)");

	private final RateLimiter invitePerClient;

	private final RateLimiter inviteTotal;

	private final RateLimiter publicPerClient;

	private final RateLimitRejections rejections;

	private final MetricsAccess metrics;

	RateLimitFilter(RateLimiter invitePerClient, RateLimiter inviteTotal, RateLimiter publicPerClient,
			RateLimitRejections rejections, MetricsAccess metrics) {
		this.rejections = rejections;
		this.metrics = metrics;
		this.invitePerClient = invitePerClient;
		this.inviteTotal = inviteTotal;
		this.publicPerClient = publicPerClient;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (uncounted(path) || signedIn(request) || scraper(path, request)) {
			chain.doFilter(request, response);
			return;
		}
		String client = ClientAddress.of(request);
		Optional<Duration> wait = ("POST".equals(request.getMethod()) && ("/".equals(path) || path.startsWith("/i/")))
				? this.rejections.counted(Limit.INVITE, this.invitePerClient.tryAcquire(client))
					.or(() -> this.rejections.counted(Limit.INVITE_TOTAL, this.inviteTotal.tryAcquire("all")))
				: this.rejections.counted(Limit.PUBLIC, this.publicPerClient.tryAcquire(client));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		log.debug("Rate limit reached: {} {} from {}, retry in {} s", request.getMethod(), path, client, seconds);
		response.setHeader("Retry-After", Long.toString(seconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	private static boolean uncounted(String path) {
		return path.equals("/favicon.ico") || UNCOUNTED_PREFIXES.stream().anyMatch(path::startsWith)
				|| SIGN_IN_STATUS.matcher(path).matches();
	}

	private boolean scraper(String path, HttpServletRequest request) {
		return MetricsAccess.PATH.equals(path) && this.metrics.presentedBy(request);
	}

	/** The owner, judged from the session alone: anonymous visitors have none. */
	private static boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& new AuthenticationTrustResolverImpl().isAuthenticated(context.getAuthentication());
	}

}
