package app.plexinvite.plexsim;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.plexinvite.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A held answer: plex.tv applies the request at once, its answer waits until the test
 * releases it; other requests answer as usual meanwhile.
 */
class HeldAnswersTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void answersAHeldRequestOnlyOnReleaseWhileOthersAnswerAsUsual() throws Exception {
		this.sim.faults().held().hold("GET", "/api/v2/user");

		CompletableFuture<HttpResponse<String>> held = CompletableFuture
			.supplyAsync(() -> this.http.v2(this.sim, "GET", "/api/v2/user", null));
		Eventually.until("the answer held", Duration.ofSeconds(10), () -> this.sim.faults().held().waiting() == 1);

		assertThat(this.sim.requests()).filteredOn((request) -> request.path().equals("/api/v2/user")).hasSize(1);
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/ping", null).statusCode()).as("others answer").isEqualTo(200);
		assertThat(held).isNotDone();
		this.sim.faults().held().releaseAll();

		assertThat(held.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(this.sim.faults().held().waiting()).isZero();
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/user", null).statusCode()).as("no longer held")
			.isEqualTo(200);
	}

}
