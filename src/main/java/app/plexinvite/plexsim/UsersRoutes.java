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

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final World world;

	private final ShareViews views;

	UsersRoutes(World world) {
		this.world = world;
		this.views = new ShareViews(world);
	}

	void register(Router router) {
		router.authenticated("GET", "/api/users/?", this::users)
			.authenticated("POST", "/api/users/validate/?", this::validate);
	}

	/**
	 * plex-protocol.md §5a: GOPLEX CheckUsernameOrEmail; 200
	 * {@code <Response code="0" status="Valid user"/>} for an account or any
	 * syntactically valid email, else 400 with a non-zero code (its wording is
	 * unverified).
	 */
	private Answer validate(Call call) {
		String invited = call.query("invited_email");
		boolean valid = invited != null
				&& (this.world.accounts.byName(invited).isPresent() || EMAIL.matcher(invited).matches());
		if (valid) {
			return Answer.xml(200, Xml.element("Response").attr("code", 0).attr("status", "Valid user").document());
		}
		return PlexErrors.v1(400, "Invalid username or email address");
	}

	private Answer users(Call call) {
		Map<Long, List<Share>> byInvitee = new LinkedHashMap<>();
		// §7a: Plex Home members are listed too, with or without a share (pending home
		// invites are not: unverified).
		for (HomeMember member : this.world.home.of(call.caller().id())) {
			if (member.accountId() != null && !member.pending()) {
				byInvitee.put(member.accountId(), new java.util.ArrayList<>());
			}
		}
		for (Share share : this.world.shares.where((share) -> share.ownerId() == call.caller().id())) {
			if (share.view().invitedId() != null) {
				byInvitee.computeIfAbsent(share.view().invitedId(), (id) -> new java.util.ArrayList<>()).add(share);
			}
		}
		boolean empty = this.world.faults.shareLists().takeEmpty(ShareListFaults.ShareList.USERS);
		List<Long> listed = empty ? List.of() : listed(List.copyOf(byInvitee.keySet()));
		Xml container = ServerRoutes.myPlexContainer(this.world, listed.size())
			.attr("totalSize", empty ? 0 : byInvitee.size());
		listed.forEach((id) -> container.child(user(this.world.accountOf(id), byInvitee.get(id),
				this.world.home.find(call.caller().id(), id).filter((member) -> !member.pending()).orElse(null))));
		return Answer.xml(200, container.document());
	}

	/**
	 * Everybody or, cut short, the first half while {@code totalSize} still counts all
	 * (§7a: {@code size} is what the answer holds, {@code totalSize} how many there are).
	 * An empty answer says {@code totalSize="0"}: nobody, consistently.
	 */
	private List<Long> listed(List<Long> everybody) {
		return this.world.faults.shareLists().takePartialUsers() ? everybody.subList(0, everybody.size() / 2)
				: everybody;
	}

	/** Managed home users have only a title, no username or email (§7a). */
	private Xml user(SimAccount account, List<Share> shares, HomeMember member) {
		boolean managed = member != null && member.managed();
		Xml user = Xml.element("User")
			.attr("id", account.id())
			.attr("title", managed ? member.title() : account.username());
		if (!managed) {
			user.attr("username", account.username()).attr("email", account.email());
		}
		user.attr("recommendationsPlaylistId", "")
			.attr("thumb", AccountRoutes.thumb(account, this.world.accounts.joinedAt(account.id())))
			.attr("protected", false)
			.attr("home", member != null);
		(shares.isEmpty() ? SharingSettings.DEFAULTS : shares.get(0).view().settings()).forEach(user::attr);
		user.attr("restricted", managed);
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
