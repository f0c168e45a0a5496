package app.plexinvite.batch;

/** Where a row of a batch stands; its label is {@code batch.row.<name>}. */
public enum RowState {

	/** Not valid in the preview: never sent. */
	SKIPPED,

	/** Valid and not handed to the invite pipeline yet. */
	PENDING,

	/** Its request is in the invite pipeline and not settled. */
	HANDED,

	/** Plex sent the invite, or updated the share they had. */
	SENT,

	/** Plex refused it, or the request was refused or closed. */
	FAILED,

	/** The batch was cancelled before the row was handed over. */
	CANCELLED;

	public boolean waiting() {
		return this == PENDING || this == HANDED;
	}

}
