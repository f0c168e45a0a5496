package app.plexinvite.plex;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Calls to the Plex Media Server itself (plex-protocol.md §3). */
final class MediaServerCalls {

	private final PlexHttp http;

	private final RestClient probe;

	MediaServerCalls(PlexHttp http, RestClient probe) {
		this.http = http;
		this.probe = probe;
	}

	/**
	 * {@code GET {pms}/identity}, no token – §3a (POPEDIA identity; SPEC-LH): the
	 * server's machineIdentifier.
	 */
	String identity(URI pms) {
		String body = this.http.send(PlexCall.get(PlexHttp.at(pms, "/identity"), null));
		String machineIdentifier = container(body, "/identity").machineIdentifier();
		if (machineIdentifier == null || machineIdentifier.isBlank()) {
			throw PlexException.of(PlexException.Reason.PLEX_ERROR, pms.getHost() + "/identity names no machine");
		}
		return machineIdentifier;
	}

	/**
	 * Probes every candidate's {@code /identity} in parallel with the short probe timeout
	 * and returns the first, in preference order, that names the expected machine (§2a,
	 * PPA {@code _chooseConnection}).
	 */
	Optional<URI> firstAnswering(List<URI> candidates, String machineIdentifier) {
		try (ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (URI candidate : candidates) {
				answers.add(probes.submit(() -> machineIdentifier.equals(probeIdentity(candidate))));
			}
			for (int i = 0; i < candidates.size(); i++) {
				if (isTrue(answers.get(i))) {
					answers.forEach((answer) -> answer.cancel(true));
					return Optional.of(candidates.get(i));
				}
			}
			return Optional.empty();
		}
	}

	private static boolean isTrue(Future<Boolean> answer) {
		try {
			return answer.get();
		}
		catch (ExecutionException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The server's machine identifier at this address ({@code GET /identity}, no token
	 * needed: plex-protocol.md §3a; SPEC-LH identity.yaml, POPEDIA /api/server/identity).
	 */
	private String probeIdentity(URI candidate) {
		try {
			String body = this.probe.get()
				.uri(PlexHttp.at(candidate, "/identity"))
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(String.class);
			return (body != null) ? container(body, "/identity").machineIdentifier() : null;
		}
		catch (RestClientException | PlexException ex) {
			return null;
		}
	}

	/**
	 * {@code GET {pms}/library/sections} with the server's token – §3b (PPA Library, OVR
	 * getLibraries): the server's own libraries, {@code key} a string or number.
	 */
	List<DirectoryWire> sections(PlexServerConnection server) {
		URI uri = PlexHttp.at(server.uri(), "/library/sections");
		String body = this.http.send(PlexCall.get(uri, server.accessToken()));
		return container(body, "/library/sections").directories();
	}

	/** XML has MediaContainer as its root, JSON wraps it in {"MediaContainer":…} (§3). */
	private static ContainerWire container(String body, String endpoint) {
		if (body.stripLeading().startsWith("{")) {
			ContainerWire wrapped = PlexWire.read(body, JsonEnvelope.class, endpoint).container();
			return (wrapped != null) ? wrapped : new ContainerWire(null, null);
		}
		return PlexWire.read(body, ContainerWire.class, endpoint);
	}

	/** PMS JSON envelope (§3a SPEC-LH /identity; §3b JSON fixture). */
	record JsonEnvelope(@JsonProperty("MediaContainer") ContainerWire container) {
	}

	/** PMS MediaContainer of /identity and /library/sections (§3a POPEDIA, §3b). */
	record ContainerWire(String machineIdentifier, @JsonProperty("Directory") List<DirectoryWire> directories) {

		ContainerWire {
			directories = (directories != null) ? directories : List.of();
		}

	}

	/** A {@code <Directory key type title/>} library of the PMS (§3b). */
	record DirectoryWire(String key, String title, String type) {
	}

}
