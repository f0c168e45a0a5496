package app.plexinvite.setup;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import app.plexinvite.plex.PlexOwnedServer;

/**
 * What one browser has done in set-up, kept in its session: whether it gave the right
 * code, the Plex sign-in PIN it waits for, and after sign-in the token and the servers to
 * pick from. The session is stored in the database, so the token is kept sealed (by
 * {@link PlexSetupController}, under SECRET_KEY); it never reaches the browser and is
 * masked in every log.
 */
final class SetupSession {

	private static final String PREFIX = SetupSession.class.getName() + ".";

	private static final String CODE_ACCEPTED = PREFIX + "codeAccepted";

	private static final String PIN = PREFIX + "pin";

	private static final String TOKEN = PREFIX + "token";

	private static final String SERVERS = PREFIX + "servers";

	private final HttpServletRequest request;

	private SetupSession(HttpServletRequest request) {
		this.request = request;
	}

	static SetupSession of(HttpServletRequest request) {
		return new SetupSession(request);
	}

	/** The right code was given here, or the owner is signed in. */
	boolean allowed() {
		return this.request.isUserInRole("ADMIN") || Boolean.TRUE.equals(get(CODE_ACCEPTED));
	}

	/**
	 * The session now opens set-up: it gets a new id, so an id planted in the browser
	 * beforehand (session fixation) opens nothing.
	 */
	void acceptCode() {
		this.request.getSession(true);
		this.request.changeSessionId();
		this.request.getSession().setAttribute(CODE_ACCEPTED, true);
	}

	Long pin() {
		return (get(PIN) instanceof Long pin) ? pin : null;
	}

	void waitForPin(long pinId) {
		this.request.getSession(true).setAttribute(PIN, pinId);
	}

	void signedInWithPlex(String sealedToken, List<PlexOwnedServer> servers) {
		HttpSession session = this.request.getSession(true);
		session.removeAttribute(PIN);
		session.setAttribute(TOKEN, sealedToken);
		session.setAttribute(SERVERS, List.copyOf(servers));
	}

	/** The Plex token as sealed by {@link PlexSetupController}; null before sign-in. */
	String sealedToken() {
		return (get(TOKEN) instanceof String token) ? token : null;
	}

	@SuppressWarnings("unchecked")
	List<PlexOwnedServer> servers() {
		return (get(SERVERS) instanceof List<?> servers) ? (List<PlexOwnedServer>) servers : List.of();
	}

	void forgetPlex() {
		HttpSession session = this.request.getSession(false);
		if (session != null) {
			session.removeAttribute(PIN);
			session.removeAttribute(TOKEN);
			session.removeAttribute(SERVERS);
		}
	}

	private Object get(String name) {
		HttpSession session = this.request.getSession(false);
		return (session != null) ? session.getAttribute(name) : null;
	}

}
