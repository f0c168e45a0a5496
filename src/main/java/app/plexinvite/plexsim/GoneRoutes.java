package app.plexinvite.plexsim;

/**
 * Endpoints plex.tv retired: 410 with
 * {@code <Response code="410" status="This endpoint was
 * deprecated and removed"/>} (plex-protocol.md §0.6: python-plexapi #1412, #1435, #1536;
 * authentik #24774 for {@code /api/v2/friends}).
 */
final class GoneRoutes {

	void register(Router router) {
		router.open(Router.ANY, "/api/friends/[^/]+/?", (call) -> PlexErrors.gone())
			.open(Router.ANY, "/api/invites/requested(?:/.*)?", (call) -> PlexErrors.gone())
			.open(Router.ANY, "/api/invites/requests(?:/.*)?", (call) -> PlexErrors.gone())
			.open("GET", "/api/v2/friends/?", (call) -> PlexErrors.gone());
	}

}
