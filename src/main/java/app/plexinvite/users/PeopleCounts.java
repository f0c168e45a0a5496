package app.plexinvite.users;

import java.util.Map;

/**
 * Numbers for the people page header and the dashboard.
 *
 * @param byState how many people are in each state (every state present, maybe 0)
 * @param expiringSoon holders whose access ends within the warning window
 * @param expiryFailures people whose access ended but could not be removed yet
 */
public record PeopleCounts(Map<PersonState, Long> byState, long expiringSoon, long expiryFailures) {

	public PeopleCounts {
		byState = Map.copyOf(byState);
	}

	/** People who hold a share now (pending + accepted). */
	public long withAccess() {
		return this.byState.getOrDefault(PersonState.PENDING, 0L) + this.byState.getOrDefault(PersonState.ACCEPTED, 0L);
	}

}
