package app.plexinvite.links;

/** Where one redemption of a link is; each sentence is the dashboard's help text. */
public enum RedemptionStatus {

	RESERVED("Signed in; the share is being created."),

	REQUESTED("Waiting in the request list (approval, or typed username)."),

	SHARED("Shared on Plex; the invite is not accepted yet."),

	ACCEPTED("Shared and accepted: they can watch."),

	FAILED("Sharing failed; the reason is recorded.");

	private final String description;

	RedemptionStatus(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
