package app.plexinvite.plexsim;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the share-creating POSTs by what {@link Sharing} decided for them: the books
 * stay the one truth about shares, this only remembers which decisions POSTs got.
 */
final class ShareTally {

	private final LongAdder posts = new LongAdder();

	private final LongAdder duplicates = new LongAdder();

	/** "machineIdentifier account:id" or "machineIdentifier email:address". */
	private final Set<String> invitees = ConcurrentHashMap.newKeySet();

	/** A share-creating POST reached plex.tv's sharing code. */
	void posted() {
		this.posts.increment();
	}

	/** What plex.tv decided for a POSTed share of that server. */
	void decided(SimServer server, Sharing.Outcome outcome) {
		if (outcome.problem() == Sharing.Problem.ALREADY_SHARED) {
			this.duplicates.increment();
		}
		else if (outcome.problem() == null) {
			SimShare share = outcome.share().view();
			String invitee = (share.invitedId() != null) ? "account:" + share.invitedId()
					: "email:" + share.invitedEmail().toLowerCase(Locale.ROOT);
			this.invitees.add(server.machineIdentifier() + " " + invitee);
		}
	}

	SimStats.Shares snapshot() {
		return new SimStats.Shares(this.posts.sum(), this.invitees.size(), this.duplicates.sum());
	}

}
