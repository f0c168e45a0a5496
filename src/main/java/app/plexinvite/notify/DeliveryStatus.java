package app.plexinvite.notify;

/** Where one delivery of one event to one endpoint stands. */
enum DeliveryStatus {

	PENDING("Waiting for its first attempt or its next retry."),

	SENDING("A worker is sending it right now."),

	DELIVERED("The receiver answered with a 2xx status."),

	FAILED("Every attempt failed (or the endpoint was disabled); press Retry now to send it once more.");

	private final String description;

	DeliveryStatus(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
