package app.plexinvite.plexsim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * v1 sharing, XML only: {@code /api/servers/{mid}/shared_servers[/{shareId}]}
 * (plex-protocol.md §5a, §5c, §7b, §9). Bodies carry plex.tv section ids; an empty list
 * shares every library.
 */
final class V1ShareRoutes {

	private static final String SHARES = "/api/servers/([^/]+)/shared_servers/?";

	private static final String SHARE = "/api/servers/([^/]+)/shared_servers/(\\d{1,18})/?";

	private final World world;

	private final Sharing sharing;

	private final ShareViews views;

	V1ShareRoutes(World world, Sharing sharing) {
		this.world = world;
		this.sharing = sharing;
		this.views = new ShareViews(world);
	}

	void register(Router router) {
		router.authenticated("GET", SHARES, this::list)
			.authenticated("POST", SHARES, this::create)
			.authenticated("GET", SHARE, this::show)
			.authenticated("PUT", SHARE, this::update)
			.authenticated("DELETE", SHARE, this::delete);
	}

	private Answer list(Call call) {
		return server(call).map((server) -> {
			List<Share> shares = this.world.shares
				.where((share) -> share.view().machineIdentifier().equals(server.machineIdentifier()));
			Xml container = ServerRoutes.myPlexContainer(this.world, shares.size());
			shares.forEach((share) -> container.child(this.views.v1(share)));
			return Answer.xml(200, container.document());
		}).orElseGet(PlexErrors::v1NotFound);
	}

	/** plex-protocol.md §5a: PPA inviteFriend / updateFriend bodies. */
	private Answer create(Call call) {
		this.world.shareTally.posted();
		Optional<SimServer> server = server(call);
		if (server.isEmpty()) {
			return PlexErrors.v1NotFound();
		}
		Map<String, Object> body = call.jsonBody();
		Map<String, Object> shared = (body != null) ? object(body.get("shared_server")) : null;
		List<Long> sectionIds = (shared != null) ? Sharing.sectionIds(shared.get("library_section_ids")) : null;
		if (shared == null || sectionIds == null) {
			return PlexErrors.v1(400, "Bad Request");
		}
		Object invitedId = shared.get("invited_id");
		if (invitedId != null && !invitedId.toString().matches("\\d{1,18}")) {
			return PlexErrors.v1(400, "Bad Request");
		}
		Sharing.Outcome outcome = this.sharing.share(server.get(), text(shared.get("invited_email")),
				(invitedId != null) ? Long.valueOf(invitedId.toString()) : null, sectionIds,
				object(body.get("sharing_settings")));
		this.world.shareTally.decided(server.get(), outcome);
		if (outcome.problem() != null) {
			return problem(outcome);
		}
		Xml container = ServerRoutes.myPlexContainer(this.world, 1).child(this.views.v1(outcome.share()));
		return Answer.xml(200, container.document());
	}

	private Answer problem(Sharing.Outcome outcome) {
		return switch (outcome.problem()) {
			// plex-protocol.md §5a [obs] python-plexapi #128, wizarrrr/wizarr #1168:
			// exact text.
			case ALREADY_SHARED -> PlexErrors.v1(400, "You're already sharing this server with " + outcome.invitee()
					+ ". Please edit your existing share.");
			// The following wordings are unverified: no source captured them
			// (plex-protocol.md §5a).
			case UNKNOWN_USER -> PlexErrors.v1(400, "Invalid username or email address");
			case UNKNOWN_SECTION -> PlexErrors.v1(400, "Invalid library section ids");
			case SELF -> PlexErrors.v1(400, "You can't share a server with yourself");
			case MALFORMED -> PlexErrors.v1(400, "Bad Request");
		};
	}

	private Answer show(Call call) {
		return share(call)
			.map((share) -> Answer.xml(200,
					ServerRoutes.myPlexContainer(this.world, 1).child(this.views.v1(share)).document()))
			.orElseGet(PlexErrors::v1NotFound);
	}

	/**
	 * plex-protocol.md §5c/§9: PUT {"server_id", "shared_server": {"library_section_ids":
	 * [...]}}.
	 */
	private Answer update(Call call) {
		Optional<Share> found = share(call);
		if (found.isEmpty()) {
			return PlexErrors.v1NotFound();
		}
		Map<String, Object> body = call.jsonBody();
		Map<String, Object> shared = (body != null) ? object(body.get("shared_server")) : null;
		List<Long> sectionIds = (shared != null) ? Sharing.sectionIds(shared.get("library_section_ids")) : null;
		if (sectionIds == null) {
			return PlexErrors.v1(400, "Bad Request");
		}
		if (!this.sharing.knownSections(this.world.serverOf(found.get()), sectionIds)) {
			return PlexErrors.v1(400, "Invalid library section ids");
		}
		Share updated = this.world.shares.replace(found.get().withLibraries(sectionIds));
		return Answer.xml(200, ServerRoutes.myPlexContainer(this.world, 1).child(this.views.v1(updated)).document());
	}

	/** plex-protocol.md §9: 200; PPA accepts an empty body. */
	private Answer delete(Call call) {
		return share(call).map((share) -> {
			this.world.shares.remove(share.id());
			return Answer.empty(200);
		}).orElseGet(PlexErrors::v1NotFound);
	}

	private Optional<SimServer> server(Call call) {
		return this.world.ownedServer(call.param(0), call.caller());
	}

	private Optional<Share> share(Call call) {
		return server(call).flatMap((server) -> this.world.shares.find(Long.parseLong(call.param(1)))
			.filter((share) -> share.view().machineIdentifier().equals(server.machineIdentifier())));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
	}

	static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
