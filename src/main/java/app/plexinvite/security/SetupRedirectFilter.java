package app.plexinvite.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While there is no owner account (ADMIN_PASSWORD_HASH unset and set-up not done), nobody
 * can sign in, so every page leads to {@value #SETUP}: only set-up itself, static assets,
 * health probes, metrics (for the scrape token) and the error page answer as usual.
 */
final class SetupRedirectFilter extends OncePerRequestFilter {

	static final String SETUP = "/setup";

	private static final List<String> OPEN_PREFIXES = List.of(SETUP + "/", "/css/", "/js/", "/images/", "/webjars/",
			"/actuator/health");

	private static final List<String> OPEN_PATHS = List.of(SETUP, "/error", "/favicon.ico", "/language",
			MetricsAccess.PATH);

	private final OwnerAccounts owners;

	SetupRedirectFilter(OwnerAccounts owners) {
		this.owners = owners;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (open(path) || this.owners.exists()) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + SETUP);
	}

	private static boolean open(String path) {
		return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
