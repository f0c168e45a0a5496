package app.plexinvite.batch;

/**
 * The preview's verdict on one row; only OK rows are sent. Each carries the message key
 * of its explanation ({@code batch.check.<name>}).
 */
public enum RowCheck {

	OK, BAD_ADDRESS, DUPLICATE, HAS_ACCESS, ALREADY_REQUESTED, UNKNOWN_PROFILE, BAD_EXPIRY, MESSAGE_TOO_LONG,
	NAME_TOO_LONG;

	public String messageKey() {
		return "batch.check." + name();
	}

}
