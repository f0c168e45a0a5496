package app.plexinvite.invite;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexShare;
import app.plexinvite.plex.PlexUser;

/**
 * Looks on plex.tv whether this server is already shared with an account, so an
 * interrupted send is recorded instead of sent twice: the owner's pending invites
 * (plex-protocol.md §8b), accepted shares (§7c) and friends with their server shares
 * (§7a), matched by e-mail or username without regard to case (as WIZ plex.py L590-650
 * matches invited.email/username).
 */
@Component
class PlexShareLookup {

	private final PlexClient plex;

	PlexShareLookup(PlexClient plex) {
		this.plex = plex;
	}

	/** The share id of this server's share with the account, if there is one. */
	Optional<Long> find(String identifierKey) {
		String server = this.plex.server().machineIdentifier();
		Optional<Long> invite = Stream.concat(this.plex.pendingInvites().stream(), this.plex.acceptedShares().stream())
			.filter((share) -> server.equals(share.machineIdentifier()))
			.filter((share) -> matches(identifierKey, share.invitedEmail(), share.invitedUsername()))
			.map(PlexShare::id)
			.findFirst();
		if (invite.isPresent()) {
			return invite;
		}
		return this.plex.users()
			.stream()
			.filter((user) -> matches(identifierKey, user.email(), user.username()))
			.flatMap((user) -> user.shares().stream())
			.filter((share) -> server.equals(share.machineIdentifier()))
			.map(PlexUser.Share::id)
			.findFirst();
	}

	private static boolean matches(String key, String email, String username) {
		return key.equalsIgnoreCase(nonNull(email)) || key.equalsIgnoreCase(nonNull(username));
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
