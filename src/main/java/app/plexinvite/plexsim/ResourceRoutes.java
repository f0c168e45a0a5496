package app.plexinvite.plexsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's devices: {@code /api/v2/resources} (plex-protocol.md §2a) and legacy XML
 * {@code /api/resources} (§2b). Each server lists a refusing local https connection, the
 * real local http PMS port and a refusing relay, so clients have something to probe.
 */
final class ResourceRoutes {

	private static final String PMS_VERSION = "1.41.3.9314-a0bfb8370";

	private final World world;

	ResourceRoutes(World world) {
		this.world = world;
	}

	void register(Router router) {
		router.authenticated("GET", "/api/v2/resources/?", this::resources)
			.authenticated("GET", "/api/resources/?", this::legacy);
	}

	/** A server as the caller sees it: owned, or shared with them by its owner. */
	private record Device(SimServer server, boolean owned, String accessToken) {
	}

	private List<Device> devices(SimAccount caller) {
		List<Device> devices = new ArrayList<>();
		this.world.serversOf(caller).forEach((server) -> devices.add(new Device(server, true, server.accessToken())));
		this.world.shares.where((share) -> share.accepted() && share.isFor(caller))
			.forEach((share) -> devices.add(new Device(this.world.serverOf(share), false, share.accessToken())));
		return devices;
	}

	private Answer resources(Call call) {
		boolean https = flag(call.query("includeHttps"));
		boolean relay = flag(call.query("includeRelay"));
		List<Map<String, Object>> body = devices(call.caller()).stream()
			.map((device) -> resource(device, https, relay))
			.toList();
		return Answer.negotiated(call, 200, "resources", body);
	}

	private Map<String, Object> resource(Device device, boolean https, boolean relay) {
		SimServer server = device.server();
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", server.name());
		resource.put("product", "Plex Media Server");
		resource.put("productVersion", PMS_VERSION);
		resource.put("platform", "Linux");
		resource.put("platformVersion", "6.8.0");
		resource.put("device", "PC");
		resource.put("clientIdentifier", server.machineIdentifier());
		resource.put("createdAt", Times.iso(server.createdAt()));
		resource.put("lastSeenAt", Times.iso(this.world.now()));
		resource.put("provides", "server");
		resource.put("ownerId", device.owned() ? null : server.owner().id());
		resource.put("sourceTitle", device.owned() ? null : server.owner().username());
		resource.put("publicAddress", "127.0.0.1");
		resource.put("accessToken", device.accessToken());
		resource.put("owned", device.owned());
		resource.put("home", false);
		resource.put("synced", false);
		resource.put("relay", true);
		resource.put("presence", server.running());
		resource.put("httpsRequired", false);
		resource.put("publicAddressMatches", true);
		resource.put("dnsRebindingProtection", false);
		resource.put("natLoopbackSupported", false);
		resource.put("connections", connections(server, https, relay).stream().map(Connection::json).toList());
		return resource;
	}

	private Answer legacy(Call call) {
		boolean https = flag(call.query("includeHttps"));
		boolean relay = flag(call.query("includeRelay"));
		List<Device> devices = devices(call.caller());
		Xml container = Xml.element("MediaContainer").attr("size", devices.size());
		for (Device device : devices) {
			SimServer server = device.server();
			Xml xml = Xml.element("Device")
				.attr("name", server.name())
				.attr("product", "Plex Media Server")
				.attr("productVersion", PMS_VERSION)
				.attr("platform", "Linux")
				.attr("platformVersion", "6.8.0")
				.attr("device", "PC")
				.attr("clientIdentifier", server.machineIdentifier())
				.attr("createdAt", Times.epoch(server.createdAt()))
				.attr("lastSeenAt", Times.epoch(this.world.now()))
				.attr("provides", "server")
				.attr("owned", device.owned())
				.attr("accessToken", device.accessToken())
				.attr("publicAddress", "127.0.0.1")
				.attr("httpsRequired", false)
				.attr("synced", false)
				.attr("relay", true)
				.attr("dnsRebindingProtection", false)
				.attr("natLoopbackSupported", false)
				.attr("publicAddressMatches", true)
				.attr("presence", server.running());
			if (!device.owned()) {
				xml.attr("ownerId", server.owner().id())
					.attr("home", false)
					.attr("sourceTitle", server.owner().username());
			}
			connections(server, https, relay).forEach((connection) -> xml.child(connection.legacy()));
			container.child(xml);
		}
		return Answer.xml(200, container.document());
	}

	private static List<Connection> connections(SimServer server, boolean https, boolean relay) {
		List<Connection> connections = new ArrayList<>();
		if (https) {
			connections.add(new Connection("https", server.refusingHttpsPort(), true, false));
		}
		connections.add(new Connection("http", server.port(), true, false));
		if (relay) {
			connections.add(new Connection("https", server.refusingRelayPort(), false, true));
		}
		return connections;
	}

	private static boolean flag(String value) {
		return "1".equals(value) || "true".equalsIgnoreCase(value);
	}

	private record Connection(String protocol, int port, boolean local, boolean relay) {

		String uri() {
			return this.protocol + "://127.0.0.1:" + this.port;
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("protocol", this.protocol);
			json.put("address", "127.0.0.1");
			json.put("port", this.port);
			json.put("uri", uri());
			json.put("local", this.local);
			json.put("relay", this.relay);
			json.put("IPv6", false);
			return json;
		}

		Xml legacy() {
			return Xml.element("Connection")
				.attr("protocol", this.protocol)
				.attr("address", "127.0.0.1")
				.attr("port", this.port)
				.attr("uri", uri())
				.attr("local", this.local);
		}

	}

}
