package app.plexinvite.plexsim;

import java.util.EnumMap;
import java.util.Map;

/**
 * Cut-short and empty answers of the owner's share lists, as a plex.tv hiccup could serve
 * them with status 200: the reason a sync must never trust one answer alone
 * (plex-protocol.md §7a, §7c, §8b). Each list counts its own answers.
 */
final class ShareListFaults {

	/** The lists plex.tv serves about the owner's shares. */
	enum ShareList {

		/** {@code GET /api/users} (§7a). */
		USERS,
		/** {@code GET /api/v2/shared_servers/owned/accepted} (§7c). */
		OWNED_ACCEPTED,
		/** {@code GET /api/v2/shared_servers/invites/owned/pending} (§8b). */
		OWNED_PENDING

	}

	private final Map<ShareList, Integer> empty = new EnumMap<>(ShareList.class);

	private int partialUsers;

	synchronized void partialUsersNext(int count) {
		this.partialUsers = requireCount(count);
	}

	synchronized void emptyNext(int count) {
		requireCount(count);
		for (ShareList list : ShareList.values()) {
			this.empty.put(list, count);
		}
	}

	/** Whether this answer of the list is to be empty; counts it down. */
	synchronized boolean takeEmpty(ShareList list) {
		int left = this.empty.getOrDefault(list, 0);
		if (left <= 0) {
			return false;
		}
		this.empty.put(list, left - 1);
		return true;
	}

	/** Whether this {@code /api/users} answer is to list only half; counts it down. */
	synchronized boolean takePartialUsers() {
		if (this.partialUsers <= 0) {
			return false;
		}
		this.partialUsers--;
		return true;
	}

	synchronized void reset() {
		this.partialUsers = 0;
		this.empty.clear();
	}

	private static int requireCount(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative, was " + count);
		}
		return count;
	}

}
