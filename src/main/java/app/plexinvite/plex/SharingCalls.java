package app.plexinvite.plex;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.HttpMethod;

/** Sharing the server: invite, update, remove, cancel (plex-protocol.md §5, §8b, §9). */
final class SharingCalls {

	private final PlexHttp http;

	private final URI tv;

	private final URI clients;

	private final ShareListCalls lists;

	SharingCalls(PlexHttp http, URI tv, URI clients, ShareListCalls lists) {
		this.http = http;
		this.tv = tv;
		this.clients = clients;
		this.lists = lists;
	}

	/**
	 * Invites by e-mail or username; if plex.tv answers "already sharing", finds that
	 * share and updates it to these libraries and settings instead (WIZ plex.py L1393
	 * does the same switch).
	 */
	ShareResult share(String machineIdentifier, String invitee, LibrarySelection libraries, ShareSettings settings,
			PlexToken owner) {
		try {
			return new ShareResult(ShareResult.Outcome.INVITED,
					invite(machineIdentifier, invitee, libraries, settings, owner));
		}
		catch (PlexException ex) {
			if (ex.reason() != PlexException.Reason.ALREADY_SHARED) {
				throw ex;
			}
			long shareId = this.lists.findShareId(machineIdentifier, invitee, owner).orElseThrow(() -> ex);
			update(machineIdentifier, shareId, libraries, settings, owner);
			return new ShareResult(ShareResult.Outcome.ALREADY_SHARED_UPDATED, shareId);
		}
	}

	/**
	 * {@code POST https://plex.tv/api/servers/{mid}/shared_servers} – §5a (PPA
	 * inviteFriend; WIZ's production path): plex.tv ids as JSON numbers, [] = all
	 * (§4b.4), settings as "1"/"0" strings. Not idempotent: only a 429 or 503 (answered
	 * before anything happened) is retried, never a 500/502 that may have created it.
	 */
	private Long invite(String machineIdentifier, String invitee, LibrarySelection libraries, ShareSettings settings,
			PlexToken owner) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("server_id", machineIdentifier);
		body.put("shared_server", Map.of("library_section_ids", libraries.wireIds(), "invited_email", invitee));
		body.put("sharing_settings", settings.v1Wire());
		URI uri = PlexHttp.at(this.tv, "/api/servers/{mid}/shared_servers", machineIdentifier);
		String answer = this.http.send(new PlexCall(HttpMethod.POST, uri, owner, false, PlexWire.json(body), false));
		return createdShareId(answer);
	}

	/**
	 * The new share's id; the invite already happened, so an odd answer is not a failure.
	 */
	private static Long createdShareId(String answer) {
		try {
			List<SharedServerWire> created = PlexWire.read(answer, InviteAnswerWire.class, "shared_servers")
				.sharedServers();
			return created.isEmpty() ? null : PlexWire.toLong(created.get(0).id());
		}
		catch (PlexException ex) {
			return null;
		}
	}

	/**
	 * Libraries by v1 {@code PUT https://plex.tv/api/servers/{mid}/shared_servers/{id}}
	 * (§5c, §9: PPA updateFriend), then settings (with the same ids) by v2 {@code POST
	 * https://clients.plex.tv/api/v2/shared_servers/{id}} (§9: WIZ update_shared_server;
	 * NEVU). Both set state, so repeating them is harmless.
	 */
	void update(String machineIdentifier, long shareId, LibrarySelection libraries, ShareSettings settings,
			PlexToken owner) {
		Map<String, Object> v1 = Map.of("server_id", machineIdentifier, "shared_server",
				Map.of("library_section_ids", libraries.wireIds()));
		URI v1Uri = PlexHttp.at(this.tv, "/api/servers/{mid}/shared_servers/{id}", machineIdentifier, shareId);
		sendAboutShare(new PlexCall(HttpMethod.PUT, v1Uri, owner, false, PlexWire.json(v1), true));
		Map<String, Object> v2 = Map.of("settings", settings.v2Wire(), "librarySectionIds", libraries.wireIds());
		URI v2Uri = PlexHttp.at(this.clients, "/api/v2/shared_servers/{id}", shareId);
		sendAboutShare(new PlexCall(HttpMethod.POST, v2Uri, owner, true, PlexWire.json(v2), true));
	}

	/**
	 * {@code DELETE https://plex.tv/api/servers/{mid}/shared_servers/{id}} – §9, the
	 * "safest unshare for one server" (GOPLEX RemoveFriendAccessToLibrary).
	 */
	void remove(String machineIdentifier, long shareId, PlexToken owner) {
		URI uri = PlexHttp.at(this.tv, "/api/servers/{mid}/shared_servers/{id}", machineIdentifier, shareId);
		sendAboutShare(new PlexCall(HttpMethod.DELETE, uri, owner, false, null, true));
	}

	/**
	 * {@code DELETE https://clients.plex.tv/api/v2/shared_servers/{id}} – §8b, §9 (NEVU).
	 */
	void cancelInvite(long sharedServerId, PlexToken owner) {
		URI uri = PlexHttp.at(this.clients, "/api/v2/shared_servers/{id}", sharedServerId);
		sendAboutShare(new PlexCall(HttpMethod.DELETE, uri, owner, true, null, true));
	}

	/** A share plex.tv answers 404 for does not exist (any more): UNKNOWN_USER. */
	private void sendAboutShare(PlexCall call) {
		try {
			this.http.send(call);
		}
		catch (PlexException ex) {
			throw PlexErrors.notFoundMeans(ex, PlexException.Reason.UNKNOWN_USER);
		}
	}

	/**
	 * 200 answer of the v1 invite: {@code <MediaContainer><SharedServer id…>} (§5a GOPLEX
	 * fixture).
	 */
	record InviteAnswerWire(@JsonProperty("SharedServer") List<SharedServerWire> sharedServers) {

		InviteAnswerWire {
			sharedServers = (sharedServers != null) ? sharedServers : List.of();
		}

	}

	/** {@code <SharedServer id username email …>} (§5a, §7b). */
	record SharedServerWire(String id, String username, String email) {
	}

}
