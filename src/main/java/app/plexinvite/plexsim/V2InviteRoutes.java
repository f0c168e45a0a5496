package app.plexinvite.plexsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * v2 share lists (plex-protocol.md §7c, §8b) and the per-friend
 * {@code /api/v2/sharings/{userId}} settings and removal (§5c, §9).
 */
final class V2InviteRoutes {

	private final World world;

	private final ShareViews views;

	V2InviteRoutes(World world, ShareViews views) {
		this.world = world;
		this.views = views;
	}

	void register(Router router) {
		router.authenticated("GET", "/api/v2/shared_servers/owned/accepted/?", this::accepted)
			.authenticated("GET", "/api/v2/shared_servers/invites/owned/pending/?", this::ownedPending)
			.authenticated("GET", "/api/v2/shared_servers/invites/received/pending/?", this::receivedPending)
			.authenticated("PUT", "/api/v2/sharings/(\\d{1,18})/?", this::updateFriend)
			.authenticated("DELETE", "/api/v2/sharings/(\\d{1,18})/?", this::removeFriend);
	}

	private Answer accepted(Call call) {
		boolean empty = this.world.faults.shareLists().takeEmpty(ShareListFaults.ShareList.OWNED_ACCEPTED);
		List<Map<String, Object>> shares = this.world.shares
			.where((share) -> !empty && share.ownerId() == call.caller().id() && share.accepted())
			.stream()
			.map(this.views::v2)
			.toList();
		return Answer.negotiated(call, 200, "sharedServers", shares);
	}

	/** NEVU flattens {@code invite.sharedServers[]}: one invite per invitee. */
	private Answer ownedPending(Call call) {
		boolean empty = this.world.faults.shareLists().takeEmpty(ShareListFaults.ShareList.OWNED_PENDING);
		List<Share> pending = this.world.shares
			.where((share) -> !empty && share.ownerId() == call.caller().id() && !share.accepted());
		List<Map<String, Object>> invites = group(pending, (share) -> (share.view().invitedId() != null)
				? share.view().invitedId().toString() : share.view().invitedEmail(), (share) -> {
					Map<String, Object> v2 = this.views.v2(share);
					Map<String, Object> invite = invite(share);
					invite.put("invitedEmail", share.view().invitedEmail());
					invite.put("invited", v2.get("invited"));
					return invite;
				});
		return Answer.negotiated(call, 200, "invites", invites);
	}

	/**
	 * WIZ: owner{username,...} (no email), sharedServers[{id,...}], one invite per owner.
	 * An account whose e-mail is unconfirmed sees no invites: wizarrrr/wizarr #796
	 * reports that auto-accept fails for a new account until it verifies its e-mail
	 * (plex-protocol.md §8b caveat); how plex.tv really answers then (empty list, or an
	 * error) is unverified, so the simulator picks the quiet failure.
	 */
	private Answer receivedPending(Call call) {
		boolean confirmed = this.world.accounts.isConfirmed(call.caller().id());
		List<Share> pending = this.world.shares
			.where((share) -> confirmed && share.isFor(call.caller()) && !share.accepted());
		List<Map<String, Object>> invites = group(pending, (share) -> String.valueOf(share.ownerId()), (share) -> {
			SimAccount owner = this.world.accountOf(share.ownerId());
			Map<String, Object> invite = invite(share);
			Map<String, Object> from = new LinkedHashMap<>();
			from.put("id", owner.id());
			from.put("uuid", owner.uuid());
			from.put("username", owner.username());
			from.put("title", owner.username());
			from.put("friendlyName", owner.username());
			from.put("thumb", AccountRoutes.thumb(owner, this.world.accounts.joinedAt(owner.id())));
			invite.put("owner", from);
			return invite;
		});
		return Answer.negotiated(call, 200, "invites", invites);
	}

	private Map<String, Object> invite(Share share) {
		Map<String, Object> invite = new LinkedHashMap<>();
		invite.put("id", share.id());
		invite.put("createdAt", Times.iso(share.invitedAt()));
		invite.put("friend", false);
		invite.put("home", false);
		invite.put("server", true);
		return invite;
	}

	/**
	 * One invite object per key, its sharedServers the v2 objects of the grouped shares.
	 */
	private List<Map<String, Object>> group(List<Share> shares, Function<Share, String> key,
			Function<Share, Map<String, Object>> invite) {
		Map<String, Map<String, Object>> invites = new LinkedHashMap<>();
		for (Share share : shares) {
			Map<String, Object> entry = invites.computeIfAbsent(key.apply(share), (k) -> {
				Map<String, Object> created = invite.apply(share);
				created.put("sharedServers", new ArrayList<Map<String, Object>>());
				return created;
			});
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> servers = (List<Map<String, Object>>) entry.get("sharedServers");
			servers.add(this.views.v2(share));
		}
		return new ArrayList<>(invites.values());
	}

	/** plex-protocol.md §5c: PPA updateFriend sends the settings in the query only. */
	private Answer updateFriend(Call call) {
		List<Share> shares = friendShares(call);
		if (shares.isEmpty()) {
			return PlexErrors.notFound(call);
		}
		Map<String, String> given = new LinkedHashMap<>();
		for (String key : SharingSettings.DEFAULTS.keySet()) {
			if (call.query(key) != null) {
				given.put(key, call.query(key));
			}
		}
		try {
			shares.forEach((share) -> this.world.shares
				.replace(share.withSettings(SharingSettings.merge(share.view().settings(), given))));
		}
		catch (IllegalArgumentException ex) {
			return PlexErrors.malformed(call);
		}
		return Answer.empty(204);
	}

	/** plex-protocol.md §9: PPA removeFriend removes every share with that account. */
	private Answer removeFriend(Call call) {
		List<Share> shares = friendShares(call);
		if (shares.isEmpty()) {
			return PlexErrors.notFound(call);
		}
		shares.forEach((share) -> this.world.shares.remove(share.id()));
		return Answer.empty(204);
	}

	private List<Share> friendShares(Call call) {
		long userId = Long.parseLong(call.param(0));
		return this.world.shares.where((share) -> share.ownerId() == call.caller().id()
				&& share.view().invitedId() != null && share.view().invitedId() == userId);
	}

}
