package app.plexinvite.invite;

/**
 * A Plex username or e-mail checked by the request form's rules without storing anything
 * (a batch's preview).
 *
 * @param value what would be sent to Plex, or null when it is not a valid identifier
 * @param key what identifies the account (lower case), or null when not valid
 * @param refusedMessageKey why a request would be refused ("invite.identifier.*": not
 * valid, has access, already requested), or null
 */
public record IdentifierCheck(String value, String key, String refusedMessageKey) {

	/**
	 * Whether the identifier itself is malformed (not a refusal for an existing request).
	 */
	public boolean malformed() {
		return this.value == null;
	}

}
