package app.plexinvite.plex;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.type.TypeReference;

/**
 * Finds the owned server named {@code plex.server-name} (or chosen at set-up) and an
 * address that answers (plex-protocol.md §2a), or checks the fixed
 * {@code plex.server-url}.
 */
final class ServerLocator {

	private final PlexHttp http;

	private final PlexProperties properties;

	private final OwnerCredentials credentials;

	private final MediaServerCalls mediaServer;

	ServerLocator(PlexHttp http, PlexProperties properties, OwnerCredentials credentials,
			MediaServerCalls mediaServer) {
		this.http = http;
		this.properties = properties;
		this.credentials = credentials;
		this.mediaServer = mediaServer;
	}

	PlexServerConnection locate(PlexToken owner) {
		if (this.properties.serverUrl() != null) {
			return fixed(owner, this.properties.serverUrl());
		}
		String name = this.credentials.serverName();
		if (name == null || name.isBlank()) {
			throw PlexException.of(PlexException.Reason.NOT_CONFIGURED, "set PLEX_SERVER_NAME or PLEX_SERVER_URL");
		}
		ResourceWire server = resources(owner).stream()
			.filter((resource) -> isOwnedServer(resource) && name.equals(resource.name()))
			.findFirst()
			.orElseThrow(() -> PlexException.of(PlexException.Reason.SERVER_NOT_FOUND,
					"no owned server named \"" + name + "\" in /api/v2/resources"));
		List<URI> candidates = ConnectionOrder.candidates(server.connections());
		URI uri = this.mediaServer.firstAnswering(candidates, server.clientIdentifier())
			.orElseThrow(() -> PlexException.of(PlexException.Reason.SERVER_UNREACHABLE,
					"none of the " + candidates.size() + " connections of \"" + name + "\" answered /identity"));
		return new PlexServerConnection(server.name(), server.clientIdentifier(), uri, tokenOf(server, owner));
	}

	/**
	 * {@code plex.server-url} is used as is after {@code /identity} proves it; the
	 * server's accessToken still comes from resources when they list it (§2a: "the token
	 * the caller must use against that PMS"), else the owner token is used.
	 */
	private PlexServerConnection fixed(PlexToken owner, URI url) {
		String machineIdentifier = this.mediaServer.identity(url);
		Optional<ResourceWire> listed = listedResources(owner).stream()
			.filter((resource) -> machineIdentifier.equals(resource.clientIdentifier()))
			.findFirst();
		String name = listed.map(ResourceWire::name).orElse(this.credentials.serverName());
		return new PlexServerConnection(name, machineIdentifier, url,
				listed.map((resource) -> tokenOf(resource, owner)).orElse(owner));
	}

	private List<ResourceWire> listedResources(PlexToken owner) {
		try {
			return resources(owner);
		}
		catch (PlexException ex) {
			if (ex.reason() == PlexException.Reason.TOKEN_REJECTED) {
				throw ex;
			}
			return List.of();
		}
	}

	/**
	 * {@code GET https://plex.tv/api/v2/resources?includeHttps=1&includeRelay=1} – §2a
	 * (PPA MyPlexResource.key), JSON array with Accept: application/json.
	 */
	List<ResourceWire> resources(PlexToken owner) {
		URI uri = PlexHttp.at(this.properties.tvUrl(), "/api/v2/resources?includeHttps=1&includeRelay=1");
		String body = this.http.send(PlexCall.get(uri, owner));
		List<ResourceWire> resources = PlexWire.readJson(body, new TypeReference<List<ResourceWire>>() {
		}, "/api/v2/resources");
		return resources.stream().filter(Objects::nonNull).toList();
	}

	/** The owned servers in the token's resources, by name (§2a). */
	List<PlexOwnedServer> ownedServers(PlexToken token) {
		return resources(token).stream()
			.filter(ServerLocator::isOwnedServer)
			.map((resource) -> new PlexOwnedServer(resource.name(), resource.clientIdentifier()))
			.toList();
	}

	/** OMBI GetServer: owned "1"/"true", provides contains "server" (§2a). */
	private static boolean isOwnedServer(ResourceWire resource) {
		return PlexWire.isTrue(resource.owned()) && resource.provides() != null
				&& List.of(resource.provides().split(",")).contains("server");
	}

	private static PlexToken tokenOf(ResourceWire resource, PlexToken owner) {
		PlexToken access = PlexToken.ofNullable(resource.accessToken());
		return (access != null) ? access : owner;
	}

	/** A device of {@code /api/v2/resources} (§2a, SPEC-LH PlexDevice). */
	record ResourceWire(String name, String clientIdentifier, String provides, String owned, String accessToken,
			@JsonProperty("connections") List<ConnectionWire> connections) {

		ResourceWire {
			connections = (connections != null) ? connections : List.of();
		}

	}

	/** A connection of a resource (§2a: protocol, address, port, uri, local, relay). */
	record ConnectionWire(String protocol, String address, String port, String uri, String local, String relay) {
	}

}
