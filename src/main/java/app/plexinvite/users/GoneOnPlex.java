package app.plexinvite.users;

import java.util.Objects;

import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.ServerShares;

/**
 * Whether a share Plex answered 404 / UNKNOWN_USER for is really gone. plex.tv answers
 * 404 for an unknown machine identifier too, and whether v1 and v2 share ids are always
 * the same is not verified (plex-protocol.md §9, §12; JBOPS #341 for the 404 on a pending
 * invite), so a 404 alone is not trusted: plex.tv's complete list of this server's shares
 * (§7a, §7c, §8b) must not list that share, nor any share for their account.
 */
@Component
class GoneOnPlex {

	private final PlexClient plex;

	private final PersonStore store;

	GoneOnPlex(PlexClient plex, PersonStore store) {
		this.plex = plex;
		this.store = store;
	}

	/**
	 * Null when plex.tv confirms the share is gone, else why it cannot be trusted (in
	 * English, for the history and the expiry failure). Throws the client's PlexException
	 * when the lists cannot be read.
	 */
	String whyNotGone(Person person, long shareId) {
		ServerShares shares = this.plex.serverShares();
		for (ServerShares.ServerShare share : shares.shares()) {
			if (share.shareId() == shareId || sameAccount(person, share)) {
				return "Plex answered that share " + shareId + " does not exist, but still lists a share of this "
						+ "server for them; nothing was recorded.";
			}
		}
		if (shares.shares().isEmpty() && this.store.othersHoldShares(person.id())) {
			// The sync's rule too: an empty list while others hold shares is not
			// believed.
			return "Plex answered that share " + shareId + " does not exist, but listed no shares at all while "
					+ "others hold some; nothing was recorded.";
		}
		if (!shares.complete()) {
			return "Plex answered that share " + shareId + " does not exist, and its list of shares is incomplete ("
					+ shares.problem() + "); nothing was recorded.";
		}
		return null;
	}

	private static boolean sameAccount(Person person, ServerShares.ServerShare share) {
		if (person.plexAccountId() != null) {
			return Objects.equals(person.plexAccountId(), share.plexAccountId());
		}
		return share.plexAccountId() == null && person.email() != null
				&& person.email().equalsIgnoreCase(share.email());
	}

}
