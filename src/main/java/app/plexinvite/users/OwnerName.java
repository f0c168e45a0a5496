package app.plexinvite.users;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in owner as a person's history names them: "owner &lt;name&gt;". */
final class OwnerName {

	private OwnerName() {
	}

	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| authentication.getName().isBlank()) {
			return "owner";
		}
		return "owner " + authentication.getName();
	}

}
