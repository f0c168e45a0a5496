package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What plex.tv (and clients.plex.tv, the same port) saw since the simulator started, as
 * {@link PlexSimulator#stats()} and {@code GET /__plexsim/stats} give it. The PMS and the
 * app.plex.tv {@code /auth} page are not counted.
 *
 * @param requests plex.tv requests received (each is answered), throttled ones included
 * @param throttled requests the throttle ({@link SimFaults#maxConcurrent}) answered 429
 * @param inFlightMax the most plex.tv requests in flight at once, counting one the
 * throttle refused while its 429 was being answered
 * @param shares what the share-creating POSTs did
 */
public record SimStats(long requests, long throttled, int inFlightMax, Shares shares) {

	/**
	 * @param posts share-creating POSTs plex.tv handled (v1
	 * {@code /api/servers/{mid}/shared_servers}, v2 {@code /api/v2/shared_servers}),
	 * whatever it answered; not those a fault or the throttle answered
	 * @param created distinct invitees (account, or e-mail without one) a POST shared a
	 * server with or invited to it
	 * @param duplicates POSTs for an invitee who already had a share or a pending invite
	 * of that server (plex.tv's "already sharing" answer)
	 */
	public record Shares(long posts, long created, long duplicates) {

	}

	/** The JSON object of {@code GET /__plexsim/stats}. */
	Map<String, Object> wire() {
		Map<String, Object> shares = new LinkedHashMap<>();
		shares.put("posts", this.shares.posts());
		shares.put("created", this.shares.created());
		shares.put("duplicates", this.shares.duplicates());
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("requests", this.requests);
		stats.put("throttled", this.throttled);
		stats.put("inFlightMax", this.inFlightMax);
		stats.put("shares", shares);
		return stats;
	}

}
