package app.plexinvite.batch;

/** Where a batch stands; its label is {@code batch.state.<name>}. */
public enum BatchState {

	/** Checked and stored; waits for the owner to confirm or discard it. */
	DRAFT,

	/** Confirmed: its valid rows are handed to the invite pipeline. */
	RUNNING,

	/** Every valid row is settled. */
	FINISHED,

	/** The owner cancelled it; rows not handed over were not sent. */
	CANCELLED

}
