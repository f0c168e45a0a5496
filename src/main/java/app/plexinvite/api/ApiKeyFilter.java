package app.plexinvite.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import app.plexinvite.security.ClientAddress;
import app.plexinvite.security.RateLimitRejections;

/**
 * Authenticates an API call by its key ({@code Authorization: Bearer pik_…} or
 * {@code X-Api-Key: pik_…}) and takes one call from the key's rate limit. A wrong or
 * revoked key is answered 401 here; a call without a key goes on unauthenticated and the
 * chain's entry point answers 401. The key is never logged. Made by
 * {@link ApiSecurityConfiguration} for the API chain only (not a servlet filter bean).
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	static final String ROLE = "API";

	static final String HEADER = "X-Api-Key";

	private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

	private final ApiKeys keys;

	private final ApiRateLimits limits;

	private final ApiProblems problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final RateLimitRejections rejections;

	ApiKeyFilter(ApiKeys keys, ApiRateLimits limits, ApiProblems problems, RateLimitRejections rejections) {
		this.rejections = rejections;
		this.keys = keys;
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presented(request);
		if (presented == null || !ApiProblems.isApi(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiKey> key = this.keys.authenticate(presented);
		if (key.isEmpty()) {
			log.debug("API call {} {} with an unknown or revoked key", request.getMethod(), request.getRequestURI());
			// Keyed like every other limit: the proxy-named client, an IPv6 client by its
			// /64.
			if (this.limits.takeFailure(ClientAddress.of(request))) {
				unauthorized(request, response, true);
			}
			else {
				this.rejections.rejected(RateLimitRejections.Limit.API_WRONG_KEY);
				HttpHeaders headers = new HttpHeaders();
				headers.set(HttpHeaders.RETRY_AFTER, "60");
				this.problems.write(request, response, new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
						"Too many calls with a wrong key from this address; wait Retry-After seconds.", List.of()),
						headers);
			}
			return;
		}
		ApiRateLimits.Verdict verdict = this.limits.take(key.get().id());
		response.setHeader("RateLimit-Limit", Integer.toString(verdict.limit()));
		response.setHeader("RateLimit-Remaining", Long.toString(verdict.remaining()));
		if (!verdict.allowed()) {
			this.rejections.rejected(RateLimitRejections.Limit.API_KEY);
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
			headers.set("RateLimit-Reset", Long.toString(verdict.retryAfterSeconds()));
			this.problems.write(request, response, new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
					"This key made too many calls; wait Retry-After seconds.", List.of()), headers);
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(key.get().actorName(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	/** The 401 problem, with the challenge of RFC 6750. */
	void unauthorized(HttpServletRequest request, HttpServletResponse response, boolean keyGiven) throws IOException {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE,
				keyGiven ? "Bearer realm=\"plex-invite\", error=\"invalid_token\"" : "Bearer realm=\"plex-invite\"");
		String detail = keyGiven ? "The API key is unknown or revoked."
				: "Send an API key from /admin/api in the Authorization header: Bearer pik_…";
		this.problems.write(request, response,
				new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthorized", detail, List.of()), headers);
	}

	/** The key from either header, or null when neither carries one. */
	private static String presented(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.length() > 7
				&& authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
			return authorization.substring(7).strip();
		}
		String header = request.getHeader(HEADER);
		return (header != null && !header.isBlank()) ? header.strip() : null;
	}

}
