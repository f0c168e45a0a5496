package app.plexinvite.links;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The invitee's sign-in attempt id, kept in their session (the attempt is in table
 * plex_sign_in, which every instance reads).
 */
final class InviteeSession {

	private static final String ATTEMPT = InviteeSession.class.getName() + ".attempt";

	private InviteeSession() {
	}

	static void remember(HttpServletRequest request, String attemptId) {
		request.getSession(true).setAttribute(ATTEMPT, attemptId);
	}

	static String attemptId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(ATTEMPT) instanceof String id) ? id : null;
	}

}
