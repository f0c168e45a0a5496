package app.plexinvite.links;

import java.util.List;

/**
 * What became of one link's redemptions made over a range of days, for the statistics
 * page.
 *
 * @param linkId the link
 * @param label its label
 * @param deleted whether the owner deleted the link since
 * @param redemptions sign-ins and typed names recorded on it (a use given back, after a
 * failed, denied or cancelled request, leaves no record)
 * @param shared of those, the ones Plex shared the server with
 * @param accepted of those, the ones accepted on the invitee's behalf at sign-in
 * @param sharedRequestIds the requests behind shared redemptions that went through the
 * request list (approval, typed name): their invite is accepted from Plex's e-mail, which
 * only the people list learns
 */
public record LinkConversion(long linkId, String label, boolean deleted, long redemptions, long shared, long accepted,
		List<Long> sharedRequestIds) {

	public LinkConversion {
		sharedRequestIds = List.copyOf(sharedRequestIds);
	}

}
