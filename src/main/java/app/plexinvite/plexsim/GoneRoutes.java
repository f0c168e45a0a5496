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
			// §9/§12.9: the whole v2 friends family is reported retired; only the GET's
			// 410
			// is captured (authentik #24774), PUT/DELETE /{id} are unverified.
			.open(Router.ANY, "/api/v2/friends(?:/.*)?", (call) -> PlexErrors.gone());
	}

}
