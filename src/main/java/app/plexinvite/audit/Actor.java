package app.plexinvite.audit;

import java.util.Objects;

/**
 * Who did it: an owner (by username, with the client address and user agent of the
 * request) or a job (by name, no client).
 *
 * @param name the owner's username or the job's name
 * @param job whether an automatic job did it
 * @param client the client's address, or null for a job
 * @param userAgent the client's user agent, or null
 */
public record Actor(String name, boolean job, String client, String userAgent) {

	static final int MAX_NAME = 100;

	static final int MAX_CLIENT = 64;

	static final int MAX_USER_AGENT = 300;

	public Actor {
		name = Secrets.clean(Objects.requireNonNull(name, "name"), MAX_NAME);
		if (name == null) {
			throw new IllegalArgumentException("An actor needs a name");
		}
		client = Secrets.clean(client, MAX_CLIENT);
		userAgent = Secrets.clean(userAgent, MAX_USER_AGENT);
	}

	public static Actor owner(String username, String client, String userAgent) {
		return new Actor(username, false, client, userAgent);
	}

	public static Actor job(String name) {
		return new Actor(name, true, null, null);
	}

}
