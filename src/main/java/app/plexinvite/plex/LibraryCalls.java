package app.plexinvite.plex;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's libraries with plex.tv's ids beside the server's keys (plex-protocol.md
 * §4). The server's own {@code /library/sections} is the list of record; plex.tv's answer
 * can be partial (§4b.5), so a library it misses is asked for once more and then kept
 * with no plex.tv id rather than dropped.
 */
final class LibraryCalls {

	private static final Logger log = LoggerFactory.getLogger(LibraryCalls.class);

	private final PlexHttp http;

	private final MediaServerCalls mediaServer;

	private final URI tv;

	LibraryCalls(PlexHttp http, MediaServerCalls mediaServer, URI tv) {
		this.http = http;
		this.mediaServer = mediaServer;
		this.tv = tv;
	}

	List<PlexLibrary> libraries(PlexServerConnection server, PlexToken owner) {
		List<MediaServerCalls.DirectoryWire> onServer = this.mediaServer.sections(server);
		Map<String, Long> plexTvIds = plexTvIds(server.machineIdentifier(), owner);
		if (!knowsAll(plexTvIds, onServer)) {
			plexTvIds.putAll(plexTvIds(server.machineIdentifier(), owner));
		}
		List<PlexLibrary> libraries = new ArrayList<>();
		for (MediaServerCalls.DirectoryWire directory : onServer) {
			Long id = plexTvIds.get(key(directory.key()));
			if (id == null) {
				log.warn("plex.tv lists no id for library \"{}\" (key {}) of server {}; it cannot be shared for now",
						directory.title(), directory.key(), server.machineIdentifier());
			}
			libraries.add(new PlexLibrary(id, key(directory.key()), directory.title(), directory.type()));
		}
		return List.copyOf(libraries);
	}

	private static boolean knowsAll(Map<String, Long> plexTvIds, List<MediaServerCalls.DirectoryWire> onServer) {
		return onServer.stream().allMatch((directory) -> plexTvIds.containsKey(key(directory.key())));
	}

	/**
	 * {@code GET https://plex.tv/api/servers/{machineIdentifier}} (v1, XML) – §4a (PPA
	 * _getSectionIds, OMBI, GOPLEX): the only table from PMS key to plex.tv id (§4b.1).
	 * The server is the {@code <Server>} whose machineIdentifier matches; the container's
	 * own machineIdentifier is plex.tv's.
	 */
	private Map<String, Long> plexTvIds(String machineIdentifier, PlexToken owner) {
		URI uri = PlexHttp.at(this.tv, "/api/servers/{mid}", machineIdentifier);
		String body = this.http.send(PlexCall.get(uri, owner).xml());
		ServersWire servers = PlexWire.read(body, ServersWire.class, "/api/servers/{mid}");
		Map<String, Long> ids = new HashMap<>();
		for (ServerWire server : servers.servers()) {
			if (server.machineIdentifier() == null || machineIdentifier.equals(server.machineIdentifier())) {
				for (SectionWire section : server.sections()) {
					Long id = PlexWire.toLong(section.id());
					if (id != null && section.key() != null) {
						ids.put(key(section.key()), id);
					}
				}
			}
		}
		return ids;
	}

	private static String key(String key) {
		return (key != null) ? key.strip() : "";
	}

	/** {@code <MediaContainer><Server …>} of /api/servers/{mid} (§4a POPEDIA). */
	record ServersWire(@JsonProperty("Server") List<ServerWire> servers) {

		ServersWire {
			servers = (servers != null) ? servers : List.of();
		}

	}

	/** {@code <Server machineIdentifier…><Section …/></Server>} (§4a). */
	record ServerWire(String machineIdentifier, @JsonProperty("Section") List<SectionWire> sections) {

		ServerWire {
			sections = (sections != null) ? sections : List.of();
		}

	}

	/** {@code <Section id="plex.tv id" key="PMS key" type title/>} (§4a, §4b.1). */
	record SectionWire(String id, String key, String title, String type) {
	}

}
