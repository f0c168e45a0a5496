package app.plexinvite.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import app.plexinvite.links.LinkState;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncStatus;

/** What the statistics and health endpoints answer. */
final class ServerJson {

	private ServerJson() {
	}

	/**
	 * Numbers about requests, people and links.
	 *
	 * @param requests request counts
	 * @param people people counts
	 * @param links how many links are in each state
	 */
	record Statistics(Requests requests, PeopleCounts people, Map<LinkState, Long> links) {
	}

	/**
	 * Request counts.
	 *
	 * @param total every request
	 * @param sent those that got access
	 * @param waiting queued, sending, retrying or awaiting approval
	 * @param failed failed
	 * @param lastThirtyDays per UTC day, oldest first
	 */
	record Requests(long total, long sent, long waiting, long failed, List<Day> lastThirtyDays) {
	}

	/**
	 * One UTC day.
	 *
	 * @param day the day
	 * @param requests requests made that day
	 * @param sent of those, the ones that got access
	 */
	record Day(LocalDate day, long requests, long sent) {
	}

	/**
	 * People counts.
	 *
	 * @param byState how many are in each state
	 * @param withAccess pending and accepted
	 * @param expiringSoon whose access ends within the warning window
	 * @param expiryFailures whose ended access could not be removed yet
	 */
	record PeopleCounts(Map<PersonState, Long> byState, long withAccess, long expiringSoon, long expiryFailures) {
	}

	/**
	 * Whether the server is well; never a token or address.
	 *
	 * @param status UP when Plex answers, else DOWN (or UNKNOWN before Plex is connected)
	 * @param version the application's version
	 * @param plex the connection to Plex
	 * @param lastSync the last sync of the people list with plex.tv
	 */
	record Health(String status, String version, Plex plex, Sync lastSync) {
	}

	/**
	 * The connection to Plex.
	 *
	 * @param status UP, DOWN or UNKNOWN
	 * @param server the server's name, when up
	 * @param libraries how many libraries it has, when up
	 * @param reason why not, when down (a reason code)
	 */
	record Plex(String status, String server, Integer libraries, String reason) {
	}

	/**
	 * The last sync.
	 *
	 * @param lastAttemptAt when one last ran, or null
	 * @param lastSuccessAt when one last completed, or null
	 * @param outcome how the last one ended, or null
	 * @param problem why it failed or was incomplete, or null
	 */
	record Sync(Instant lastAttemptAt, Instant lastSuccessAt, SyncStatus.SyncOutcome outcome, String problem) {
	}

}
