package app.plexinvite.invite;

/**
 * What became of a {@link LinkedRequest}: stored, or refused with a message key (for
 * example "invite.identifier.already-requested").
 *
 * @param requestId the stored request, or null when refused
 * @param statusToken its status page token ({@code /requests/{token}}), or null
 * @param refusedMessageKey why it was refused, or null
 */
public record LinkedSubmission(Long requestId, String statusToken, String refusedMessageKey) {

	public boolean stored() {
		return this.requestId != null;
	}

}
