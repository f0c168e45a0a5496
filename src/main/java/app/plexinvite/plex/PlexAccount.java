package app.plexinvite.plex;

/**
 * A plex.tv account as {@code GET /api/v2/user} describes it (plex-protocol.md §1a).
 *
 * @param id the plex.tv account id
 * @param uuid the account uuid
 * @param username the username (may be empty for managed users)
 * @param email the e-mail address
 * @param title the display name
 * @param confirmed whether the e-mail address is confirmed ({@code confirmed}, §1a); a
 * new account cannot accept invites before (wizarrrr/wizarr #796, §8b)
 */
public record PlexAccount(long id, String uuid, String username, String email, String title, boolean confirmed) {

	/** The name to share with: the username, else the e-mail (plex-protocol.md §5a). */
	public String shareName() {
		return this.username.isBlank() ? this.email : this.username;
	}

}
