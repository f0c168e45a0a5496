package app.plexinvite.invite;

/**
 * The invite code the public form asks for, and where it came from. A code cleared on the
 * dashboard is {@code (null, DASHBOARD)}: no code, and INVITE_CODE no longer applies.
 *
 * @param code the code, or null when none is required
 * @param source where it is set
 */
public record InviteCode(String code, Source source) {

	/** Whether the form must ask for a code. */
	public boolean required() {
		return this.code != null;
	}

	@Override
	public String toString() {
		return "InviteCode[" + (required() ? "****" : "none") + ", " + this.source + "]";
	}

	/** Where the code in force is set. */
	public enum Source {

		NONE, ENVIRONMENT, DASHBOARD

	}

}
