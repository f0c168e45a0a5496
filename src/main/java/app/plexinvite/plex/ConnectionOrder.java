package app.plexinvite.plex;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which to try a server's connections – plex-protocol.md §2a, python-plexapi
 * {@code preferred_connections}: local, then remote, then relay; within each, https
 * before http. Every connection also yields an http variant {@code http://address:port}
 * (PPA {@code httpuri}). Local connections are kept because the server is owned.
 */
final class ConnectionOrder {

	private static final List<String> LOCATIONS = List.of("local", "remote", "relay");

	private ConnectionOrder() {
	}

	static List<URI> candidates(List<ServerLocator.ConnectionWire> connections) {
		Set<URI> ordered = new LinkedHashSet<>();
		for (String location : LOCATIONS) {
			List<URI> https = new ArrayList<>();
			List<URI> http = new ArrayList<>();
			for (ServerLocator.ConnectionWire connection : connections) {
				if (!location.equals(location(connection))) {
					continue;
				}
				URI uri = parse(connection.uri());
				if (uri != null) {
					("https".equalsIgnoreCase(uri.getScheme()) ? https : http).add(uri);
				}
				URI plain = httpVariant(connection);
				if (plain != null) {
					http.add(plain);
				}
			}
			ordered.addAll(https);
			ordered.addAll(http);
		}
		return List.copyOf(ordered);
	}

	private static String location(ServerLocator.ConnectionWire connection) {
		if (PlexWire.isTrue(connection.relay())) {
			return "relay";
		}
		return PlexWire.isTrue(connection.local()) ? "local" : "remote";
	}

	private static URI httpVariant(ServerLocator.ConnectionWire connection) {
		if (connection.address() == null || connection.address().isBlank() || connection.port() == null) {
			return null;
		}
		String host = connection.address().contains(":") ? "[" + connection.address() + "]" : connection.address();
		return parse("http://" + host + ":" + connection.port().strip());
	}

	private static URI parse(String uri) {
		try {
			return (uri == null || uri.isBlank()) ? null : URI.create(uri.strip().replaceAll("/+$", ""));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
