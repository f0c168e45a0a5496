package app.plexinvite.batch;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.invite.Invitations;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.users.People;

/**
 * The owner's steps with a batch: upload (checked and stored as a draft), confirm,
 * discard, cancel. Every state change is one conditional UPDATE, so a double click or a
 * second tab changes nothing twice.
 */
@Component
class BatchRuns {

	private final Batches batches;

	private final BatchRows rows;

	private final Invitations invitations;

	private final People people;

	private final AccessProfiles profiles;

	private final TransactionTemplate transaction;

	private final Clock clock;

	BatchRuns(Batches batches, BatchRows rows, Invitations invitations, People people, AccessProfiles profiles,
			TransactionTemplate transaction, ObjectProvider<Clock> clock) {
		this.batches = batches;
		this.rows = rows;
		this.invitations = invitations;
		this.people = people;
		this.profiles = profiles;
		this.transaction = transaction;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Parses and checks the file and stores it as a draft; {@link CsvProblem} when the
	 * file as a whole is refused (nothing stored).
	 */
	long upload(String fileName, byte[] bytes, String owner) {
		List<CsvLine> lines = BatchCsv.parse(bytes);
		RowChecker checker = new RowChecker(this.invitations, this.people, this.profiles.all(), this.clock.instant());
		List<BatchRow> checked = lines.stream().map(checker::check).toList();
		return this.transaction.execute((status) -> {
			long id = this.batches.insert(RowChecker.clip(fileName, 255), owner, this.clock.instant());
			this.rows.insertAll(id, checked);
			return id;
		});
	}

	/** The draft starts running; false when it is no draft (any more). */
	boolean start(long id) {
		return this.batches.start(id, this.clock.instant());
	}

	boolean discard(long id) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			// The conditional delete first: a start that won the race keeps its rows.
			if (!this.batches.deleteDraft(id)) {
				return false;
			}
			this.rows.deleteOf(id);
			return true;
		}));
	}

	/**
	 * A running batch is cancelled: rows not handed over become CANCELLED (those in the
	 * pipeline go on and are followed to their end); false when it was not running.
	 */
	boolean cancel(long id) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.batches.end(id, BatchState.CANCELLED, this.clock.instant())) {
				return false;
			}
			this.rows.cancelPending(id, this.clock.instant());
			return true;
		}));
	}

}
