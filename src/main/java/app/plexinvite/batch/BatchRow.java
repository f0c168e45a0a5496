package app.plexinvite.batch;

import java.time.Instant;

/**
 * One row of a batch: what the file said, the preview's verdict, and where it stands.
 * Public only for the template engine.
 *
 * @param id the row id
 * @param batchId its batch
 * @param number its row number in the file
 * @param identifier the Plex username or e-mail (normalised when valid)
 * @param name the person's name, or null
 * @param profileText the profile as the file named it, or null
 * @param profileId the profile found for it, or null for the default one
 * @param expiryText the expiry as the file said it, or null
 * @param message the personal message, or null
 * @param check the preview's verdict
 * @param state where it stands
 * @param requestId the invite request it became, or null
 * @param detail a message key or plex.tv's reason, or null
 * @param handedAt when it was handed to the invite pipeline, or null
 * @param settledAt when its outcome was known, or null
 */
public record BatchRow(long id, long batchId, long number, String identifier, String name, String profileText,
		Long profileId, String expiryText, String message, RowCheck check, RowState state, Long requestId,
		String detail, Instant handedAt, Instant settledAt) {

	/** A row checked for the preview, not stored yet. */
	static BatchRow checked(CsvLine line, String identifier, Long profileId, RowCheck check) {
		return new BatchRow(0, 0, line.number(), identifier, clip(line.name(), 400), clip(line.profile(), 400),
				profileId, clip(line.expiry(), 100), clip(line.message(), 4000), check,
				(check == RowCheck.OK) ? RowState.PENDING : RowState.SKIPPED, null, null, null, null);
	}

	/** Cut to the column's size (the check has flagged what is too long). */
	private static String clip(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
