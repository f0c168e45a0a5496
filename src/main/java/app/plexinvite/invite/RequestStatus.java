package app.plexinvite.invite;

/**
 * Where an invite request stands. Each value carries the sentence the owner's dashboard
 * shows as help text, and the message key of the invitee's wording.
 */
public enum RequestStatus {

	AWAITING_APPROVAL("Waiting for you to approve or deny it.", false),

	QUEUED("Stored and waiting for the worker to send the invite.", false),

	SENDING("The worker is sending the invite to Plex right now.", false),

	WAITING_RETRY("Plex could not be reached or asked us to slow down; the invite is sent again automatically.", false),

	SENT("Plex sent the invitation e-mail; it waits until they accept it.", true),

	ALREADY_SHARED("They already had access; their libraries and settings were updated to your choice.", true),

	FAILED("Plex refused the invite for the reason shown; retry after fixing it.", true),

	DENIED("You denied this request.", true),

	CANCELLED("The request was cancelled before an invite was sent.", true);

	private final String meaning;

	private final boolean isFinal;

	RequestStatus(String meaning, boolean isFinal) {
		this.meaning = meaning;
		this.isFinal = isFinal;
	}

	/** One sentence for the owner: what this state means. */
	public String meaning() {
		return this.meaning;
	}

	/** The message key of this state for the invitee's status page. */
	public String messageKey() {
		return "invite.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** Whether nothing more will happen to the request by itself. */
	public boolean isFinal() {
		return this.isFinal;
	}

	/** Whether the person got access (a new invite or an updated share). */
	boolean granted() {
		return this == SENT || this == ALREADY_SHARED;
	}

}
