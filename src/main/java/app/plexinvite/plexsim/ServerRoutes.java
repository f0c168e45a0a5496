package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * plex.tv's view of a server's sections, the only map from plex.tv section ids to PMS
 * keys (plex-protocol.md §4): v1 XML {@code /api/servers/{mid}} and v2
 * {@code /api/v2/servers/{mid}}.
 */
final class ServerRoutes {

	private final World world;

	ServerRoutes(World world) {
		this.world = world;
	}

	void register(Router router) {
		router.authenticated("GET", "/api/servers/([^/]+)/?", this::v1)
			.authenticated("GET", "/api/v2/servers/([^/]+)/?", this::v2);
	}

	/**
	 * §4a: unknown or not the caller's server answers 404 (§0.5 JBOPS #341 body; exact
	 * text unverified).
	 */
	private Answer v1(Call call) {
		return this.world.ownedServer(call.param(0), call.caller())
			.map((server) -> Answer.xml(200, v1Container(server).document()))
			.orElseGet(PlexErrors::v1NotFound);
	}

	private Xml v1Container(SimServer server) {
		Xml xml = Xml.element("Server")
			.attr("name", server.name())
			.attr("address", "127.0.0.1")
			.attr("port", server.port())
			.attr("version", "1.41.3.9314-a0bfb8370")
			.attr("scheme", "http")
			.attr("host", "127.0.0.1")
			.attr("localAddresses", "127.0.0.1")
			.attr("machineIdentifier", server.machineIdentifier())
			.attr("createdAt", Times.epoch(server.createdAt()))
			.attr("updatedAt", Times.epoch(this.world.now()))
			.attr("owned", true)
			.attr("synced", false);
		for (SimLibrary library : server.libraries()) {
			xml.child(Xml.element("Section")
				.attr("id", library.plexTvId())
				.attr("key", library.key())
				.attr("type", library.type())
				.attr("title", library.title()));
		}
		return myPlexContainer(this.world, 1).child(xml);
	}

	static Xml myPlexContainer(World world, int size) {
		return Xml.element("MediaContainer")
			.attr("friendlyName", "myPlex")
			.attr("identifier", "com.plexapp.plugins.myplex")
			.attr("machineIdentifier", world.plexTvIdentifier)
			.attr("size", size);
	}

	/** §4b.5: WIZ reads librarySections[].id/.title; sometimes transiently empty. */
	private Answer v2(Call call) {
		return this.world.ownedServer(call.param(0), call.caller()).map((server) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", server.plexTvServerId());
			body.put("name", server.name());
			body.put("machineIdentifier", server.machineIdentifier());
			body.put("ownerId", server.owner().id());
			body.put("createdAt", Times.iso(server.createdAt()));
			List<Map<String, Object>> sections = this.world.faults.takeEmptyLibrarySections() ? List.of()
					: server.libraries().stream().map(ServerRoutes::librarySection).toList();
			body.put("librarySections", sections);
			return Answer.negotiated(call, 200, "server", body);
		}).orElseGet(() -> PlexErrors.notFound(call));
	}

	static Map<String, Object> librarySection(SimLibrary library) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("id", library.plexTvId());
		section.put("key", Integer.parseInt(library.key()));
		section.put("title", library.title());
		section.put("type", library.type());
		return section;
	}

}
