package app.plexinvite.plexsim;

import java.util.function.Function;

/**
 * plex.tv and clients.plex.tv (same paths, plex-protocol.md §0.1) plus the app.plex.tv
 * auth page: faults first, then the v2 client identifier (checked before the token,
 * §0.3), routing, the token, the handler.
 */
final class PlexTvApp implements Function<Call, Answer> {

	private final World world;

	private final Router router = new Router();

	PlexTvApp(World world) {
		this.world = world;
		Sharing sharing = new Sharing(world);
		new AccountRoutes(world).register(this.router);
		new ResourceRoutes(world).register(this.router);
		new PinRoutes(world).register(this.router);
		new ServerRoutes(world).register(this.router);
		new UsersRoutes(world).register(this.router);
		new V1ShareRoutes(world, sharing).register(this.router);
		new V2ShareRoutes(world, sharing).register(this.router);
		new HomeRoutes(world).register(this.router);
		new UserSettingsRoutes(world).register(this.router);
		new GoneRoutes().register(this.router);
		new AuthPage(world).register(this.router);
	}

	@Override
	public Answer apply(Call received) {
		Call call = received.onRails();
		if (!AuthPage.owns(call.path())) {
			Answer fault = this.world.faults.plexTv(call);
			if (fault != null) {
				return fault;
			}
			if (call.isV2() && call.clientIdentifier() == null) {
				return PlexErrors.clientIdentifierMissing(call);
			}
			Answer strict = this.world.faults.strictRefusal(call);
			if (strict != null) {
				return strict;
			}
		}
		Router.Lookup lookup = this.router.find(call.method(), call.path());
		if (!lookup.found()) {
			return unrouted(call, lookup);
		}
		Call routed = call.withParams(lookup.params());
		if (!lookup.route().authenticated()) {
			return lookup.route().handler().apply(routed);
		}
		String token = call.token();
		if (this.world.accounts.isRevoked(token)) {
			return PlexErrors.invalidToken();
		}
		return this.world.accounts.byToken(token)
			.map((account) -> lookup.route().handler().apply(routed.withCaller(account)))
			.orElseGet(() -> PlexErrors.unauthenticated(call));
	}

	private static Answer unrouted(Call call, Router.Lookup lookup) {
		if (lookup.pathKnown()) {
			Answer answer = call.isV2() ? PlexErrors.methodNotAllowed(call) : PlexErrors.v1(405, "Method Not Allowed");
			return answer.withHeader("Allow", String.join(", ", lookup.allowed()));
		}
		return call.isV2() ? PlexErrors.notFound(call) : PlexErrors.railsNotFound();
	}

}
