package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One Plex Media Server (plex-protocol.md §3): {@code /identity} without a token,
 * {@code /} and {@code /library/sections} with the server's token, the owner's token or
 * an accepted share's token; otherwise the 401 HTML page (§0.5). XML by default, JSON on
 * Accept.
 */
final class PmsApp implements Function<Call, Answer> {

	static final String VERSION = "1.41.3.9314-a0bfb8370";

	private final World world;

	private final SimServer server;

	private final ShareViews views;

	PmsApp(World world, SimServer server) {
		this.world = world;
		this.server = server;
		this.views = new ShareViews(world);
	}

	@Override
	public Answer apply(Call call) {
		return pmsHeaders(answer(call));
	}

	private Answer answer(Call call) {
		Answer fault = this.world.faults.pms(call);
		if (fault != null) {
			return fault;
		}
		String path = call.path();
		if (path.equals("/identity") || path.equals("/identity/")) {
			return identity(call);
		}
		List<SimLibrary> visible = visibleLibraries(call.token());
		if (visible == null) {
			return Answer.html(401, PlexErrors.PMS_401);
		}
		if (!call.method().equals("GET") && !call.method().equals("HEAD")) {
			return Answer.html(405, PlexErrors.pmsStatus(405).body());
		}
		return switch (path) {
			case "/" -> PmsCapabilities.root(call, this.server, VERSION, this.world.now());
			// "/library/sections/all": the plex-api-spec's (SPEC-LH) path for the same
			// list.
			case "/library/sections", "/library/sections/", "/library/sections/all" ->
				PmsRoot.sections(call, visible, this.world.now());
			default -> Answer.html(404, PlexErrors.PMS_404);
		};
	}

	/**
	 * PMS's own header style, not plex.tv's (Rails:
	 * {@code application/xml; charset=utf-8}): {@code application/json} without a
	 * charset, {@code text/xml;charset=utf-8}, {@code text/html}, and
	 * {@code X-Plex-Protocol: 1.0} on every answer. plex-protocol.md §0.2 names the
	 * formats but not the headers; these follow PMS response headers captured in a public
	 * Node test fixture (next to plex.tv's Rails headers), and node-plex-api 5.3.2
	 * (lib/api.js {@code _defaultResponseParser}) parses a body as JSON only when the
	 * Content-Type is exactly {@code application/json}.
	 */
	static Answer pmsHeaders(Answer answer) {
		String type = answer.contentType();
		if (type != null) {
			type = switch (type.split(";")[0].trim()) {
				case "application/json" -> "application/json";
				case "application/xml", "text/xml" -> "text/xml;charset=utf-8";
				case "text/html" -> "text/html";
				default -> type;
			};
		}
		return new Answer(answer.status(), type, answer.body(), answer.headers()).withHeader("X-Plex-Protocol", "1.0");
	}

	/** §3a: POPEDIA sample; JSON per SPEC-LH. */
	private Answer identity(Call call) {
		Map<String, Object> container = new LinkedHashMap<>();
		container.put("size", 0);
		container.put("claimed", true);
		container.put("machineIdentifier", this.server.machineIdentifier());
		container.put("version", VERSION);
		return PmsRoot.container(call, container);
	}

	/**
	 * The libraries a token may see, or null when the token is not good for this server.
	 */
	private List<SimLibrary> visibleLibraries(String token) {
		if (token == null || this.world.accounts.isRevoked(token)) {
			return null;
		}
		if (token.equals(this.server.accessToken()) || token.equals(this.server.owner().token())) {
			return this.server.libraries();
		}
		return this.world.shares
			.where((share) -> share.accepted() && token.equals(share.accessToken())
					&& share.view().machineIdentifier().equals(this.server.machineIdentifier()))
			.stream()
			.findFirst()
			.map(this.views::sharedLibraries)
			.orElse(null);
	}

}
