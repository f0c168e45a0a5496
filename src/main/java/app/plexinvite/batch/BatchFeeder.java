package app.plexinvite.batch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.LinkedSubmission;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.users.People;

/**
 * One round of the feeder: follow the rows in the pipeline to their end, then hand over
 * as many PENDING rows as the caps allow (at most {@code concurrency} unsettled in the
 * pipeline, at most {@code rate} handed over in any window, across all running batches,
 * oldest batch first), then finish batches with nothing left open. A row is claimed and
 * its request inserted in one transaction: one row, at most one request, ever.
 */
@Component
class BatchFeeder {

	private static final Logger log = LoggerFactory.getLogger(BatchFeeder.class);

	private final Batches batches;

	private final BatchRows rows;

	private final RowFollower follower;

	private final Invitations invitations;

	private final AccessProfiles profiles;

	private final People people;

	private final BatchProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	BatchFeeder(Batches batches, BatchRows rows, RowFollower follower, Invitations invitations, AccessProfiles profiles,
			People people, BatchProperties properties, TransactionTemplate transaction, ObjectProvider<Clock> clock) {
		this.batches = batches;
		this.rows = rows;
		this.follower = follower;
		this.invitations = invitations;
		this.profiles = profiles;
		this.people = people;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Whether a round has anything to do: a running batch, or rows of any batch (a
	 * cancelled one too) still in the pipeline. Checked before the round takes its lock,
	 * so an idle instance writes nothing every second.
	 */
	boolean roundDue() {
		return this.rows.countInState(RowState.HANDED) > 0 || !this.batches.findRunning().isEmpty();
	}

	/** One round; answers how many rows were handed over. */
	int round() {
		Instant now = this.clock.instant();
		this.follower.followAll(now);
		BatchProperties.Limit rate = this.properties.limit();
		int allowance = Math.min(this.properties.concurrency() - this.rows.countInState(RowState.HANDED),
				rate.count() - this.rows.countHandedSince(now.minus(rate.window()).plusMillis(1)));
		int handed = 0;
		for (Batch batch : this.batches.findRunning()) {
			List<BatchRow> next = (allowance > handed) ? this.rows.findPending(batch.id(), allowance - handed)
					: List.of();
			for (BatchRow row : next) {
				handed += handOver(row, now) ? 1 : 0;
			}
			if (this.rows.countOpen(batch.id()) == 0 && this.batches.end(batch.id(), BatchState.FINISHED, now)) {
				log.info("Batch {} finished", batch.id());
			}
		}
		return handed;
	}

	/**
	 * Claims the row and stores its request in one transaction; a refused request settles
	 * the row as FAILED with the reason. False when nothing went into the pipeline.
	 */
	private boolean handOver(BatchRow row, Instant now) {
		try {
			return Boolean.TRUE.equals(this.transaction.execute((status) -> {
				if (!this.rows.claim(row.id(), now)) {
					return false;
				}
				String refusal = refusal(row, now);
				if (refusal != null) {
					this.rows.settle(row.id(), RowState.FAILED, refusal, now);
					return false;
				}
				Instant endsAt = (row.expiryText() != null) ? Expiry.parse(row.expiryText(), now).endsAt(now) : null;
				LinkedSubmission submission = this.invitations.submitForBatch(row.identifier(), row.profileId(), endsAt,
						null);
				if (!submission.stored()) {
					this.rows.settle(row.id(), RowState.FAILED, refusedDetail(submission.refusedMessageKey()), now);
					return false;
				}
				this.rows.recordRequest(row.id(), submission.requestId());
				return true;
			}));
		}
		catch (RuntimeException ex) {
			// Rolled back: the row is PENDING again and tried in the next round.
			log.warn("Batch {} row {} could not be handed over; tried again: {}", row.batchId(), row.number(),
					ex.toString());
			return false;
		}
	}

	/** Why a row checked in the preview cannot go now, or null. */
	private String refusal(BatchRow row, Instant now) {
		if (this.people.hasAccess(row.identifier())) {
			// Joined (through a link, an import) since the preview: their share stays as
			// it is.
			return "batch.detail.hasAccess";
		}
		if (row.profileId() != null && this.profiles.find(row.profileId()).isEmpty()) {
			return "batch.detail.profileGone";
		}
		if (row.expiryText() != null) {
			try {
				Expiry.parse(row.expiryText(), now);
			}
			catch (Expiry.Invalid ex) {
				return "batch.detail.expiryPassed";
			}
		}
		return null;
	}

	private static String refusedDetail(String messageKey) {
		return "invite.identifier.has-access".equals(messageKey) ? "batch.detail.hasAccess"
				: "invite.identifier.already-requested".equals(messageKey) ? "batch.detail.alreadyRequested"
						: "batch.detail.badAddress";
	}

}
