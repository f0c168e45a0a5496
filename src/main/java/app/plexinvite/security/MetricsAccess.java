package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read {@value #PATH}: the signed-in owner, or a scraper sending METRICS_TOKEN as
 * {@code Authorization: Bearer <token>} (compared in constant time, over digests of equal
 * length, so neither the answer time nor an early mismatch tells how much matched).
 * Anyone else gets 401 and nothing of the metrics. Without METRICS_TOKEN only the owner
 * may read them. A scraper with the right token is not counted by the public rate limit
 * (it calls every few seconds); wrong tokens are, so guessing one is slow.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	static final String PATH = "/actuator/prometheus";

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	/** Takes METRICS_TOKEN, or null (or blank) when it is unset. */
	MetricsAccess(String token) {
		this.token = (token == null || token.isBlank()) ? null : digest(token.strip());
	}

	/** Whether the request carries the scrape token. */
	boolean presentedBy(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (this.token == null || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		return MessageDigest.isEqual(digest(header.substring(BEARER.length()).strip()), this.token);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(presentedBy(context.getRequest()));
	}

	/** The owner (ROLE_ADMIN) or the scrape token. */
	AuthorizationManager<RequestAuthorizationContext> ownerOrToken() {
		return AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole("ADMIN"), this);
	}

	/**
	 * The answer to everyone else, whether anonymous or signed in without being the
	 * owner: 401 with the bearer challenge, no body.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response, RuntimeException denied) {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"plex-invite\"");
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
