package app.plexinvite.invite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests whose send was interrupted become ambiguous WAITING_RETRY requests, looked up
 * on plex.tv before they are sent again: those left SENDING once their lease ran out (a
 * crash or kill -9 of whichever instance claimed them), and at shutdown those this
 * instance still sends after the drain. Either is written only while the row still shows
 * that very claim (its lease), so a claim another worker took over meanwhile is left
 * alone.
 */
final class InterruptedSends {

	private static final Logger log = LoggerFactory.getLogger(InterruptedSends.class);

	private final InviteRequests requests;

	private final Clock clock;

	/** When a long round last looked for expired leases. */
	private volatile Instant lookedAt = Instant.MIN;

	InterruptedSends(InviteRequests requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	/**
	 * For a round that goes on while requests keep coming: recovers at most once a
	 * second.
	 */
	void recoverNow() {
		Instant now = this.clock.instant();
		if (!now.isBefore(this.lookedAt.plus(Duration.ofSeconds(1)))) {
			recover(now);
		}
	}

	/** Recovers the requests whose lease ran out before {@code cutoff}. */
	void recover(Instant cutoff) {
		this.lookedAt = this.clock.instant();
		for (InviteRequest abandoned : this.requests.findAbandoned(cutoff)) {
			if (this.requests.updateClaimed(abandoned.markAmbiguous(InvitePipeline.INTERRUPTED, this.clock.instant()),
					abandoned.nextAttemptAt())) {
				log.warn("Request {} was left SENDING; plex.tv will be checked before it is sent again",
						abandoned.id());
			}
		}
	}

	/**
	 * Shutdown: requests still being sent after the drain, if the row still shows this
	 * instance's claim (its lease), become ambiguous retries due now.
	 */
	void release(List<Claim> claims) {
		Instant now = this.clock.instant();
		for (Claim claim : claims) {
			this.requests.find(claim.id())
				.filter((held) -> held.status() == RequestStatus.SENDING)
				.filter((held) -> this.requests.updateClaimed(held.markAmbiguous(InvitePipeline.INTERRUPTED, now),
						claim.lease()))
				.ifPresent((held) -> log.warn(
						"Request {} released while it was being sent; plex.tv is checked before it is sent again",
						claim.id()));
		}
	}

	/**
	 * A request this instance claimed, with the claim's lease (the row's next attempt).
	 */
	record Claim(long id, Instant lease) {
	}

}
