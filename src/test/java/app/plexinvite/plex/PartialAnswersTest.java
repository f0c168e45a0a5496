package app.plexinvite.plex;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers the simulator does not produce: a partial v1 {@code /api/servers/{mid}}
 * (plex-protocol.md §4b.5; the simulator empties only the v2 form) and a 429 with
 * Retry-After (§11: no source saw plex.tv send one, but the client honours it).
 */
class PartialAnswersTest {

	private static final String MID = "93c418a691854d3be47ead674134d86a3f5e00f4";

	private static final String SECTIONS = """
			<MediaContainer size="3">
			<Directory key="2" type="movie" title="Movies"/><Directory key="8" type="show" title="TV Shows"/>
			<Directory key="1" type="artist" title="Music"/></MediaContainer>""";

	private static final String TWO_KNOWN = """
			<MediaContainer friendlyName="myPlex" machineIdentifier="plextv" size="1"><Server machineIdentifier="%s">
			<Section id="35723967" key="2" type="movie" title="Movies"/>
			<Section id="35723968" key="8" type="show" title="TV Shows"/></Server></MediaContainer>""".formatted(MID);

	private static final String ALL_KNOWN = TWO_KNOWN.replace("</Server>",
			"<Section id=\"35723969\" key=\"1\" type=\"artist\" title=\"Music\"/></Server>");

	private final Queue<String> plexTvAnswers = new ConcurrentLinkedQueue<>();

	private final List<String> paths = new CopyOnWriteArrayList<>();

	private final List<Duration> waits = new CopyOnWriteArrayList<>();

	private final HttpServer fake;

	private final URI base;

	PartialAnswersTest() throws IOException {
		this.fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.fake.createContext("/", this::answer);
		this.fake.start();
		this.base = URI.create("http://127.0.0.1:" + this.fake.getAddress().getPort());
	}

	@AfterEach
	void stop() {
		this.fake.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.paths.add(exchange.getRequestURI().getPath());
		String body = exchange.getRequestURI().getPath().equals("/library/sections") ? SECTIONS
				: this.plexTvAnswers.remove();
		int status = body.startsWith("429") ? 429 : 200;
		if (status == 429) {
			exchange.getResponseHeaders().set("Retry-After", body.substring(4));
			body = "{\"errors\":[{\"code\":1003,\"message\":\"API rate limit exceeded\",\"status\":429}]}";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private List<PlexLibrary> libraries() {
		PlexProperties properties = new PlexProperties("owner", "S", this.base, this.base, this.base, this.base,
				Duration.ofSeconds(2), Duration.ofSeconds(5), 4, 5);
		ClientIdentity identity = new ClientIdentity("fixed-id", "1");
		PlexHttp http = new PlexHttp(properties, RestClient.builder(), identity, this.waits::add, Clock.systemUTC(),
				new SimpleMeterRegistry());
		MediaServerCalls pms = new MediaServerCalls(http,
				PlexHttp.build(RestClient.builder(), identity, Duration.ofSeconds(1), Duration.ofSeconds(1)));
		PlexServerConnection server = new PlexServerConnection("S", MID, this.base, new PlexToken("server"));
		return new LibraryCalls(http, pms, this.base).libraries(server, new PlexToken("owner"));
	}

	@Test
	void asksPlexTvAgainWhenItsAnswerMissesALibrary() {
		this.plexTvAnswers.addAll(List.of(TWO_KNOWN, ALL_KNOWN));

		assertThat(libraries()).extracting(PlexLibrary::plexTvId).containsExactly(35723967L, 35723968L, 35723969L);
		assertThat(this.paths).filteredOn((path) -> path.startsWith("/api/servers/")).hasSize(2);
	}

	@Test
	void keepsALibraryPlexTvStillMissesFlaggedAsNotShareable() {
		this.plexTvAnswers.addAll(List.of(TWO_KNOWN, TWO_KNOWN));

		List<PlexLibrary> libraries = libraries();

		assertThat(libraries).hasSize(3);
		assertThat(libraries.get(2)).isEqualTo(new PlexLibrary(null, "1", "Music", "artist"));
		assertThat(libraries.get(2).shareable()).isFalse();
		assertThat(libraries.subList(0, 2)).allMatch(PlexLibrary::shareable);
	}

	@Test
	void waitsAsLongAsRetryAfterAsks() {
		this.plexTvAnswers.addAll(List.of("429 7", ALL_KNOWN));

		assertThat(libraries()).allMatch(PlexLibrary::shareable);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(7));
	}

}
