package app.plexinvite.batch;

import java.time.Instant;

import org.springframework.stereotype.Component;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.invite.RequestView;

/**
 * Follows the rows whose requests are in the pipeline: a settled request settles its row
 * (sent, failed, or cancelled by the owner on the requests page). Only HANDED rows are
 * read, and the concurrency cap keeps them few.
 */
@Component
class RowFollower {

	private final BatchRows rows;

	private final Invitations invitations;

	RowFollower(BatchRows rows, Invitations invitations) {
		this.rows = rows;
		this.invitations = invitations;
	}

	void followAll(Instant now) {
		for (BatchRow row : this.rows.findHanded()) {
			RequestView request = (row.requestId() != null) ? this.invitations.request(row.requestId()).orElse(null)
					: null;
			if (request == null) {
				this.rows.settle(row.id(), RowState.FAILED, "batch.detail.requestGone", now);
			}
			else if (request.status().isFinal()) {
				this.rows.settle(row.id(), outcome(request.status()), detail(request), now);
			}
		}
	}

	private static RowState outcome(RequestStatus status) {
		return switch (status) {
			case SENT, ALREADY_SHARED -> RowState.SENT;
			case CANCELLED -> RowState.CANCELLED;
			default -> RowState.FAILED;
		};
	}

	/** A message key, or what the pipeline recorded as the reason (its own words). */
	private static String detail(RequestView request) {
		return switch (request.status()) {
			case SENT -> "batch.detail.sent";
			case ALREADY_SHARED -> "batch.detail.alreadyShared";
			case DENIED -> "batch.detail.denied";
			case CANCELLED -> "batch.detail.requestCancelled";
			default -> RowChecker.clip((request.failureDetail() != null) ? request.failureDetail()
					: String.valueOf(request.failureReason()), 500);
		};
	}

}
