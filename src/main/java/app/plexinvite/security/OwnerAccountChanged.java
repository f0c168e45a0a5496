package app.plexinvite.security;

/**
 * An owner changed an owner account (published for the audit log; never carries a
 * password, code or secret).
 *
 * @param owner who did it
 * @param change what changed
 * @param account whose account it was
 * @param done whether it was done (false: refused, for example a wrong code)
 */
public record OwnerAccountChanged(String owner, Change change, String account, boolean done) {

	/** The kinds of change. */
	public enum Change {

		PASSWORD_CHANGED, TWO_STEP_ENABLED, TWO_STEP_DISABLED, OWNER_ADDED, OWNER_REMOVED

	}

}
