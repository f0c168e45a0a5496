package app.plexinvite.invite;

import java.time.Instant;
import java.util.Locale;

/**
 * The server was shared with someone (a new invite, or an existing share updated),
 * published after the sharing feature stored it, so the people list can record how they
 * came. Published by the request pipeline ({@link Source#REQUEST}) and by invite links
 * ({@link Source#LINK}, also when the accept on the invitee's behalf succeeded later).
 *
 * @param source which feature shared
 * @param recordId that feature's record (request id, link redemption id)
 * @param label what the owner knows it by (the link's label), or null
 * @param plexAccountId the invitee's plex.tv account id when known (links know it;
 * requests only know what was typed)
 * @param username their Plex username when known, else null
 * @param email their e-mail when known, else null
 * @param plexShareId the share, when Plex told it
 * @param accepted whether the share is known to be accepted
 * @param profileId the access profile it was shared with
 * @param accessEndsAt when the access ends, or null for unlimited
 * @param at when it happened
 * @param locale the invitee's language (the page they used), or null when unknown
 */
public record AccessGranted(Source source, long recordId, String label, Long plexAccountId, String username,
		String email, Long plexShareId, boolean accepted, long profileId, Instant accessEndsAt, Instant at,
		Locale locale) {

	/** The feature that shared. */
	public enum Source {

		REQUEST, LINK

	}

}
