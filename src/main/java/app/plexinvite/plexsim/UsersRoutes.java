package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/users[/]} (plex-protocol.md §7a): XML only, one {@code <User>} per
 * invitee with a {@code <Server>} per share; {@code <Server id>} is the share id,
 * {@code pending="1"} until accepted. Email-only invites have no account and are not
 * listed here (they are in the v2 pending list).
 */
final class UsersRoutes {

	private final World world;

	private final ShareViews views;

	UsersRoutes(World world) {
		this.world = world;
		this.views = new ShareViews(world);
	}

	void register(Router router) {
		router.authenticated("GET", "/api/users/?", this::users);
	}

	private Answer users(Call call) {
		Map<Long, List<Share>> byInvitee = new LinkedHashMap<>();
		for (Share share : this.world.shares.where((share) -> share.ownerId() == call.caller().id())) {
			if (share.view().invitedId() != null) {
				byInvitee.computeIfAbsent(share.view().invitedId(), (id) -> new java.util.ArrayList<>()).add(share);
			}
		}
		Xml container = ServerRoutes.myPlexContainer(this.world, byInvitee.size()).attr("totalSize", byInvitee.size());
		byInvitee.forEach((id, shares) -> container.child(user(this.world.accountOf(id), shares)));
		return Answer.xml(200, container.document());
	}

	private Xml user(SimAccount account, List<Share> shares) {
		Xml user = Xml.element("User")
			.attr("id", account.id())
			.attr("title", account.username())
			.attr("username", account.username())
			.attr("email", account.email())
			.attr("recommendationsPlaylistId", "")
			.attr("thumb", AccountRoutes.thumb(account, this.world.accounts.joinedAt(account.id())))
			.attr("protected", false)
			.attr("home", false);
		shares.get(0).view().settings().forEach(user::attr);
		user.attr("restricted", false);
		for (Share share : shares) {
			SimServer server = this.world.serverOf(share);
			user.child(Xml.element("Server")
				.attr("id", share.id())
				.attr("serverId", server.plexTvServerId())
				.attr("machineIdentifier", server.machineIdentifier())
				.attr("name", server.name())
				.attr("lastSeenAt", Times.epoch(this.world.now()))
				.attr("numLibraries", this.views.sharedLibraries(share).size())
				.attr("allLibraries", share.view().allLibraries())
				.attr("owned", true)
				.attr("pending", !share.accepted()));
		}
		return user;
	}

}
