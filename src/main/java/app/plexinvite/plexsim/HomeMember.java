package app.plexinvite.plexsim;

import java.time.Instant;

/**
 * A member of an owner's Plex Home (plex-protocol.md §6): a managed user created with
 * {@code title}/{@code friendlyName}, or an existing account (or bare email) invited with
 * {@code invitedEmail}, pending until the invitee accepts.
 *
 * @param ownerId the home administrator's account id
 * @param accountId the member's account id, or null for an email without an account
 * @param invitedEmail the invited email or username, or null for a managed user
 * @param title the managed user's title, or null
 * @param restrictionProfile little_kid, older_kid, teen or "" (managed users only)
 * @param pending whether an invited member has not accepted yet
 * @param createdAt when the member was created or invited
 */
record HomeMember(long ownerId, Long accountId, String invitedEmail, String title, String restrictionProfile,
		boolean pending, Instant createdAt) {

	boolean managed() {
		return this.title != null;
	}

}
