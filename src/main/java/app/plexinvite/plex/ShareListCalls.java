package app.plexinvite.plex;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.type.TypeReference;

import org.springframework.http.HttpMethod;

/** Who the server is shared with, and invites (plex-protocol.md §7, §8b). */
final class ShareListCalls {

	private static final TypeReference<List<V2ShareWire>> V2_LIST = new TypeReference<>() {
	};

	private static final String OWNED_ACCEPTED = "/api/v2/shared_servers/owned/accepted";

	private static final String OWNED_PENDING = "/api/v2/shared_servers/invites/owned/pending";

	private final PlexHttp http;

	private final URI tv;

	private final URI clients;

	ShareListCalls(PlexHttp http, URI tv, URI clients) {
		this.http = http;
		this.tv = tv;
		this.clients = clients;
	}

	/**
	 * {@code GET https://plex.tv/api/users/} (v1, XML always) – §7a (PPA MyPlexUser, OVR,
	 * TAU, OMBI): friends and Home members, each with {@code <Server>} shares.
	 */
	List<PlexUser> users(PlexToken owner) {
		String body = this.http.send(PlexCall.get(PlexHttp.at(this.tv, "/api/users/"), owner).xml());
		return PlexWire.read(body, UsersWire.class, "/api/users").users().stream().map(UserWire::toUser).toList();
	}

	/**
	 * {@code GET https://clients.plex.tv/api/v2/shared_servers/invites/owned/pending} –
	 * §8b (NEVU).
	 */
	List<PlexShare> ownedPending(PlexToken owner) {
		return v2Shares(OWNED_PENDING, owner);
	}

	/**
	 * {@code GET https://clients.plex.tv/api/v2/shared_servers/owned/accepted} – §7c (WIZ
	 * L590-650).
	 */
	List<PlexShare> ownedAccepted(PlexToken owner) {
		return v2Shares(OWNED_ACCEPTED, owner);
	}

	/**
	 * Everyone {@code machineIdentifier} is shared with: {@code /api/users} (§7a),
	 * {@code /api/v2/shared_servers/owned/accepted} (§7c) and
	 * {@code …/invites/owned/pending} (§8b), merged and checked by {@link ShareCensus}. A
	 * failing call throws; an unreadable or disagreeing answer is incomplete.
	 */
	ServerShares serverShares(String machineIdentifier, PlexToken owner) {
		String users = this.http.send(PlexCall.get(PlexHttp.at(this.tv, "/api/users/"), owner).xml());
		String accepted = this.http.send(PlexCall.get(PlexHttp.at(this.clients, OWNED_ACCEPTED), owner));
		String pending = this.http.send(PlexCall.get(PlexHttp.at(this.clients, OWNED_PENDING), owner));
		return new ShareCensus(machineIdentifier).users(users)
			.v2(accepted, OWNED_ACCEPTED, true)
			.v2(pending, OWNED_PENDING, false)
			.result();
	}

	/**
	 * {@code GET https://clients.plex.tv/api/v2/shared_servers/invites/received/pending}
	 * with the invitee's token – §8b (WIZ plex_custom.py L46).
	 */
	List<PlexReceivedInvite> received(PlexToken invitee) {
		URI uri = PlexHttp.at(this.clients, "/api/v2/shared_servers/invites/received/pending");
		String body = this.http.send(PlexCall.get(uri, invitee));
		return PlexWire.readJson(body, V2_LIST, uri.getPath()).stream().flatMap(V2ShareWire::received).toList();
	}

	/**
	 * {@code POST https://clients.plex.tv/api/v2/shared_servers/{id}/accept}, no body,
	 * with the invitee's token – §8b (WIZ accept_invite_v2). Accepting twice changes
	 * nothing, so it may be retried.
	 */
	void accept(PlexToken invitee, long sharedServerId) {
		URI uri = PlexHttp.at(this.clients, "/api/v2/shared_servers/{id}/accept", sharedServerId);
		this.http.send(new PlexCall(HttpMethod.POST, uri, invitee, true, null, true));
	}

	/**
	 * The share of {@code machineIdentifier} with this e-mail or username: the
	 * {@code <Server id>} of {@code /api/users} (§7a, the id §5c PUTs to), else a pending
	 * v2 invite (an e-mail with no Plex account is not a user yet, §8a).
	 */
	Optional<Long> findShareId(String machineIdentifier, String invitee, PlexToken owner) {
		Optional<Long> friend = users(owner).stream()
			.filter((user) -> invitee.equalsIgnoreCase(user.username()) || invitee.equalsIgnoreCase(user.email()))
			.flatMap((user) -> user.shares().stream())
			.filter((share) -> machineIdentifier.equals(share.machineIdentifier()))
			.map(PlexUser.Share::id)
			.findFirst();
		if (friend.isPresent()) {
			return friend;
		}
		return ownedPending(owner).stream()
			.filter((share) -> machineIdentifier.equals(share.machineIdentifier()))
			.filter((share) -> invitee.equalsIgnoreCase(share.invitedEmail())
					|| invitee.equalsIgnoreCase(share.invitedUsername()))
			.map(PlexShare::id)
			.findFirst();
	}

	private List<PlexShare> v2Shares(String path, PlexToken owner) {
		String body = this.http.send(PlexCall.get(PlexHttp.at(this.clients, path), owner));
		return PlexWire.readJson(body, V2_LIST, path).stream().flatMap(V2ShareWire::shares).toList();
	}

	/**
	 * {@code <MediaContainer totalSize><User …>} of /api/users (§7a): totalSize counts
	 * every user, also those an answer left out.
	 */
	record UsersWire(@JsonProperty("User") List<UserWire> users, String totalSize) {

		UsersWire {
			users = (users != null) ? users : List.of();
		}

	}

	/**
	 * {@code <User id title username email home><Server …/></User>} (§7a, PPA
	 * MyPlexUser).
	 */
	record UserWire(long id, String title, String username, String email, String home,
			@JsonProperty("Server") List<ServerShareWire> servers) {

		PlexUser toUser() {
			List<PlexUser.Share> shares = (this.servers != null)
					? this.servers.stream().map(ServerShareWire::toShare).flatMap(Optional::stream).toList()
					: List.of();
			return new PlexUser(this.id, orEmpty(this.title), orEmpty(this.username), orEmpty(this.email),
					PlexWire.isTrue(this.home), shares);
		}

	}

	/**
	 * {@code <Server id machineIdentifier name numLibraries allLibraries pending/>}
	 * (§7a); a pending one may lack a usable id (JBOPS #341), so it is skipped.
	 */
	record ServerShareWire(String id, String machineIdentifier, String name, String numLibraries, String allLibraries,
			String pending) {

		Optional<PlexUser.Share> toShare() {
			Long shareId = PlexWire.toLong(this.id);
			Long libraries = PlexWire.toLong(this.numLibraries);
			return (shareId == null) ? Optional.empty()
					: Optional.of(new PlexUser.Share(shareId, this.machineIdentifier, this.name,
							(libraries != null) ? libraries.intValue() : 0, PlexWire.isTrue(this.allLibraries),
							PlexWire.isTrue(this.pending)));
		}

	}

	static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
