package app.plexinvite.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The owner behind the request this thread serves. The address is the request's remote
 * address, which security's ClientAddressFilter (it runs before everything else) has
 * already replaced by the client a trusted proxy named; a forged header changes nothing.
 */
final class CurrentRequest {

	static final String UNKNOWN = "unknown";

	private CurrentRequest() {
	}

	/** The signed-in owner, from this request's client. */
	static Actor owner() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String name = (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : UNKNOWN;
		return actor(name);
	}

	/**
	 * Someone named {@code name} (an owner, or a name tried at sign-in), from this
	 * client.
	 */
	static Actor actor(String name) {
		String username = (name == null || name.isBlank()) ? UNKNOWN : name;
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Actor.owner(username, null, null);
		}
		HttpServletRequest request = attributes.getRequest();
		return Actor.owner(username, request.getRemoteAddr(), request.getHeader("User-Agent"));
	}

}
