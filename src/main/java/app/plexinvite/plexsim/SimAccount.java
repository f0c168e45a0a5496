package app.plexinvite.plexsim;

/**
 * A plex.tv account of the simulated world. The token is what plex.tv hands out after
 * sign-in (plex-protocol.md §0.3: an opaque ~20 character string).
 *
 * @param id plex.tv account id
 * @param uuid plex.tv account uuid (16 hex characters)
 * @param username the Plex username
 * @param email the account's email address
 * @param token the account's plex.tv token
 */
public record SimAccount(long id, String uuid, String username, String email, String token) {

	@Override
	public String toString() {
		return "SimAccount[" + this.id + ", " + this.username + ", " + this.email + "]";
	}

}
