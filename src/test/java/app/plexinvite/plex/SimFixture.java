package app.plexinvite.plex;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.RecordedRequest;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;

import org.springframework.web.client.RestClient;

/**
 * A simulator with one owned server "Living Room" (Movies, TV Shows, Music) and a client
 * pointed at it, with a fixed client identifier and a sleeper that only records waits.
 */
final class SimFixture implements AutoCloseable {

	static final String CLIENT_ID = "3f0e6f1c-7c1e-4d5e-9b7a-plexinvite01";

	final PlexSimulator sim;

	final SimServer server;

	final SimLibrary movies;

	final SimLibrary shows;

	final SimLibrary music;

	final List<Duration> waits = new CopyOnWriteArrayList<>();

	SimFixture() {
		this(Clock.systemUTC());
	}

	SimFixture(Clock clock) {
		this.sim = PlexSimulator.builder().clock(clock).build();
		this.server = this.sim.addServer("Living Room");
		this.movies = this.server.addLibrary("Movies", "movie");
		this.shows = this.server.addLibrary("TV Shows", "show");
		this.music = this.server.addLibrary("Music", "artist");
	}

	PlexProperties properties(String token, String serverName, URI serverUrl) {
		URI base = URI.create(this.sim.baseUrl());
		return new PlexProperties(token, serverName, serverUrl, base, base, base, Duration.ofSeconds(2),
				Duration.ofSeconds(5), 4, 5);
	}

	PlexClient client() {
		return client(properties(this.sim.ownerToken(), "Living Room", null));
	}

	PlexClient client(PlexProperties properties) {
		return new PlexClient(properties, RestClient.builder(), new ClientIdentity(CLIENT_ID, "1.2.3"), this.waits::add,
				Clock.systemUTC());
	}

	List<RecordedRequest> requests(String method, String pathPrefix) {
		return this.sim.requests()
			.stream()
			.filter((request) -> request.method().equals(method) && request.path().startsWith(pathPrefix))
			.toList();
	}

	RecordedRequest only(String method, String pathPrefix) {
		List<RecordedRequest> found = requests(method, pathPrefix);
		if (found.size() != 1) {
			throw new AssertionError("expected one " + method + " " + pathPrefix + " but got " + found.size());
		}
		return found.get(0);
	}

	@Override
	public void close() {
		this.sim.close();
	}

}
