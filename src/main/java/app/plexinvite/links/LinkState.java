package app.plexinvite.links;

/** Whether a link can be redeemed now; each sentence is the dashboard's help text. */
public enum LinkState {

	ACTIVE("Anyone with the link can join."),

	EXPIRED("The link's expiry time has passed."),

	REVOKED("The owner revoked the link."),

	USED_UP("Every use of the link has been taken.");

	private final String description;

	LinkState(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
