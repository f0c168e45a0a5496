package app.plexinvite.plexsim;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.plexinvite.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plex.tv allowing only N requests in flight: the next one answers 429 code 1003 at once
 * (plex-protocol.md §11), held answers and latency keep a request in flight.
 */
class ThrottleTest {

	private static final String RATE_LIMITED = "{\"errors\":[{\"code\":1003,\"message\":\"API rate limit exceeded\",\"status\":429}]}";

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

	@AfterEach
	void close() {
		this.sim.close();
		this.callers.shutdownNow();
	}

	@Test
	void answersTheRequestBeyondTheLimitAt429Code1003WhileTheOthersAreInFlight() throws Exception {
		this.sim.faults().maxConcurrent(2).held().hold("GET", "/api/v2/user");
		List<CompletableFuture<HttpResponse<String>>> inFlight = inFlight(2);

		HttpResponse<String> third = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept", "application/json");

		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.body()).isEqualTo(RATE_LIMITED);
		assertThat(third.headers().firstValue("Retry-After")).as("none seen, §11").isEmpty();
		assertThat(this.sim.faults().held().waiting()).as("refused before it was applied").isEqualTo(2);
		assertThat(inFlight).noneMatch(CompletableFuture::isDone);

		this.sim.faults().held().releaseAll();

		for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
			assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/user", null).statusCode()).as("places free again")
			.isEqualTo(200);
		assertThat(this.sim.stats()).extracting(SimStats::requests, SimStats::throttled, SimStats::inFlightMax)
			.containsExactly(4L, 1L, 3);
	}

	@Test
	void throttlesOnlyPlexTvNotTheMediaServer() {
		SimServer server = this.sim.addServer("Living Room");
		this.sim.faults().maxConcurrent(1).held().hold("GET", "/api/v2/user");
		inFlight(1);

		HttpResponse<String> pms = this.http.get(server.url() + "/identity");
		HttpResponse<String> plexTv = this.http.v2(this.sim, "GET", "/api/v2/ping", null);

		assertThat(pms.statusCode()).isEqualTo(200);
		assertThat(plexTv.statusCode()).isEqualTo(429);
		assertThat(plexTv.body()).contains("<error code=\"1003\" message=\"API rate limit exceeded\" status=\"429\"/>");
	}

	@Test
	void countsTheLatencyAsInFlight() {
		this.sim.faults().maxConcurrent(1).latency(Duration.ofMinutes(1));
		CompletableFuture.supplyAsync(() -> this.http.v2(this.sim, "GET", "/api/v2/ping", null), this.callers);
		Eventually.until("one request in flight", Duration.ofSeconds(10), () -> this.sim.stats().inFlightMax() == 1);

		HttpResponse<String> second = this.http.v2(this.sim, "GET", "/api/v2/ping", null);

		assertThat(second.statusCode()).as("answered at once, without the latency").isEqualTo(429);
	}

	@Test
	void letsEveryRequestThroughWithoutALimit() throws Exception {
		this.sim.faults().maxConcurrent(3).reset();
		this.sim.faults().held().hold("GET", "/api/v2/user");

		List<CompletableFuture<HttpResponse<String>>> inFlight = inFlight(5);
		this.sim.faults().held().releaseAll();

		for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
			assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		assertThat(this.sim.stats().throttled()).isZero();
		assertThat(this.sim.stats().inFlightMax()).isEqualTo(5);
	}

	/** N requests whose answers are held, once all of them are waiting. */
	private List<CompletableFuture<HttpResponse<String>>> inFlight(int count) {
		List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, count)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> this.http.v2(this.sim, "GET", "/api/v2/user", null),
					this.callers))
			.toList();
		Eventually.until(count + " answers held", Duration.ofSeconds(10),
				() -> this.sim.faults().held().waiting() == count);
		return answers;
	}

}
