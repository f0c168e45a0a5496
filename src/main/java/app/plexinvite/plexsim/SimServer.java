package app.plexinvite.plexsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A simulated Plex Media Server owned by the simulator's owner, answering on its own
 * port.
 */
public final class SimServer {

	private final String name;

	private final String machineIdentifier;

	private final String accessToken;

	private final SimAccount owner;

	private final long plexTvServerId;

	private final Instant createdAt;

	private final Ids ids;

	private final List<SimLibrary> libraries = new CopyOnWriteArrayList<>();

	private final int refusingHttpsPort = closedPort();

	private final int refusingRelayPort = closedPort();

	private volatile HttpEndpoint endpoint;

	private volatile boolean stopped;

	private volatile int port;

	SimServer(String name, SimAccount owner, Ids ids, Instant createdAt) {
		this.name = name;
		this.owner = owner;
		this.ids = ids;
		this.createdAt = createdAt;
		this.machineIdentifier = ids.machineIdentifier();
		this.accessToken = ids.token();
		this.plexTvServerId = ids.serverId();
	}

	void start(Function<Call, Answer> app, Consumer<RecordedRequest> recorder, Supplier<Duration> latency) {
		this.endpoint = new HttpEndpoint(0, app, recorder, latency, HttpEndpoint.Gate.OPEN);
		this.port = this.endpoint.port();
	}

	public String name() {
		return this.name;
	}

	/**
	 * 40 hex characters, as plex.tv's clientIdentifier of the resource (plex-protocol.md
	 * §2a).
	 */
	public String machineIdentifier() {
		return this.machineIdentifier;
	}

	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	public String accessToken() {
		return this.accessToken;
	}

	/**
	 * Adds a library: key = next small integer, plexTvId = a large distinct id
	 * (plex-protocol.md §4b).
	 */
	public synchronized SimLibrary addLibrary(String title, String type) {
		if (!List.of("movie", "show", "artist", "photo").contains(type)) {
			throw new IllegalArgumentException("Library type must be movie, show, artist or photo, was " + type);
		}
		SimLibrary library = new SimLibrary(String.valueOf(this.libraries.size() + 1), this.ids.sectionId(), title,
				type);
		this.libraries.add(library);
		return library;
	}

	public List<SimLibrary> libraries() {
		return List.copyOf(this.libraries);
	}

	/** The PMS stops answering: connections are refused from now on. */
	public void stop() {
		this.stopped = true;
		this.endpoint.close();
	}

	SimAccount owner() {
		return this.owner;
	}

	long plexTvServerId() {
		return this.plexTvServerId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	int port() {
		return this.port;
	}

	int refusingHttpsPort() {
		return this.refusingHttpsPort;
	}

	int refusingRelayPort() {
		return this.refusingRelayPort;
	}

	boolean running() {
		return !this.stopped;
	}

	void close() {
		if (!this.stopped) {
			stop();
		}
	}

	/** A loopback port nothing listens on, so connecting to it is refused. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return "SimServer[" + this.name + ", " + this.machineIdentifier + "]";
	}

}
