package app.plexinvite.plexsim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * v2 sharing on plex.tv and clients.plex.tv: create (plex-protocol.md §5b), accept as the
 * invitee (§8b), update and cancel (§9). The share id here is the same number as the v1
 * share id, an assumption the sources leave open (§9, last lines; §12.10).
 */
final class V2ShareRoutes {

	private static final String SHARE = "/api/v2/shared_servers/(\\d{1,18})/?";

	private final World world;

	private final Sharing sharing;

	private final ShareViews views;

	V2ShareRoutes(World world, Sharing sharing) {
		this.world = world;
		this.sharing = sharing;
		this.views = new ShareViews(world);
	}

	void register(Router router) {
		router.authenticated("POST", "/api/v2/shared_servers/?", this::create)
			.authenticated("POST", "/api/v2/shared_servers/(\\d{1,18})/accept/?", this::accept)
			.authenticated("POST", SHARE, this::update)
			.authenticated("PUT", SHARE, this::update)
			.authenticated("DELETE", SHARE, this::delete);
		new V2InviteRoutes(this.world, this.views).register(router);
	}

	private Answer create(Call call) {
		this.world.shareTally.posted();
		Map<String, Object> body = call.jsonBody();
		if (body == null) {
			return PlexErrors.malformed(call);
		}
		// POPEDIA: a token that may not share the server answers 401 (plex-protocol.md
		// §5b errors).
		Optional<SimServer> server = this.world.ownedServer(V1ShareRoutes.text(body.get("machineIdentifier")),
				call.caller());
		if (server.isEmpty()) {
			return PlexErrors.unauthenticated(call);
		}
		List<Long> sectionIds = Sharing.sectionIds(body.get("librarySectionIds"));
		Long invitedId = number(body.get("invitedId"));
		if (sectionIds == null || (body.get("invitedId") != null && invitedId == null)) {
			return PlexErrors.malformed(call);
		}
		Sharing.Outcome outcome = this.sharing.share(server.get(), V1ShareRoutes.text(body.get("invitedEmail")),
				invitedId, sectionIds, V1ShareRoutes.object(body.get("settings")));
		this.world.shareTally.decided(server.get(), outcome);
		if (outcome.problem() == null) {
			return Answer.negotiated(call, 201, "sharedServer", this.views.v2(outcome.share()));
		}
		return switch (outcome.problem()) {
			case ALREADY_SHARED -> PlexErrors.alreadySharedV2();
			case SELF -> PlexErrors.unprocessable(call);
			case UNKNOWN_USER, UNKNOWN_SECTION, MALFORMED -> PlexErrors.malformed(call);
		};
	}

	/**
	 * plex-protocol.md §8b: the invitee accepts with their own token (WIZ
	 * accept_invite_v2).
	 */
	private Answer accept(Call call) {
		Optional<Share> share = this.world.shares.find(Long.parseLong(call.param(0)))
			.filter((found) -> found.isFor(call.caller()));
		if (share.isEmpty()) {
			return PlexErrors.notFound(call);
		}
		if (share.get().accepted()) {
			return PlexErrors.unprocessable(call);
		}
		Share accepted = this.world.shares.replace(share.get().accept(this.world.now()));
		return Answer.negotiated(call, 200, "sharedServer", this.views.v2(accepted));
	}

	/**
	 * plex-protocol.md §9: WIZ update_shared_server body {settings, librarySectionIds};
	 * POST or PUT.
	 */
	private Answer update(Call call) {
		Optional<Share> share = owned(call);
		Map<String, Object> body = call.jsonBody();
		if (share.isEmpty()) {
			return PlexErrors.notFound(call);
		}
		List<Long> sectionIds = (body != null) ? Sharing.sectionIds(body.get("librarySectionIds")) : null;
		if (sectionIds == null || !this.sharing.knownSections(this.world.serverOf(share.get()), sectionIds)) {
			return PlexErrors.malformed(call);
		}
		Share updated = share.get();
		if (body.containsKey("librarySectionIds")) {
			updated = updated.withLibraries(sectionIds);
		}
		try {
			updated = updated.withSettings(
					SharingSettings.merge(updated.view().settings(), V1ShareRoutes.object(body.get("settings"))));
		}
		catch (IllegalArgumentException ex) {
			return PlexErrors.malformed(call);
		}
		return Answer.negotiated(call, 200, "sharedServer", this.views.v2(this.world.shares.replace(updated)));
	}

	/** plex-protocol.md §8b/§9: cancel a pending invite or end a share (NEVU). */
	private Answer delete(Call call) {
		return owned(call).map((share) -> {
			this.world.shares.remove(share.id());
			return Answer.empty(204);
		}).orElseGet(() -> PlexErrors.notFound(call));
	}

	private Optional<Share> owned(Call call) {
		return this.world.shares.find(Long.parseLong(call.param(0)))
			.filter((share) -> share.ownerId() == call.caller().id());
	}

	private static Long number(Object value) {
		try {
			return (value != null) ? Long.valueOf(value.toString()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
