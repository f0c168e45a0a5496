package app.plexinvite.mail;

/** Where a message in the outbox is. Each value carries the e-mail page's help text. */
enum OutboxStatus {

	QUEUED("Waiting to be sent; after a failed try, waiting for its next try."),

	SENDING("Being handed to the SMTP server right now."),

	SENT("The SMTP server accepted it."),

	FAILED("Every try for a day failed; the last error says why. Fix the settings, then retry it.");

	private final String meaning;

	OutboxStatus(String meaning) {
		this.meaning = meaning;
	}

	public String meaning() {
		return this.meaning;
	}

}
