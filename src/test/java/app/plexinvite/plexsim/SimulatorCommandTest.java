package app.plexinvite.plexsim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.plexinvite.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorCommandTest {

	private static final Pattern READY = Pattern
		.compile("PLEXSIM READY url=(http://127\\.0\\.0\\.1:\\d+) token=(\\S+) server=(.+)\\R");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final SimHttp http = new SimHttp();

	@Test
	void readsEveryOption() {
		SimulatorOptions options = SimulatorOptions.parse("--port=32400", "--latency=300ms", "--max-concurrent=3",
				"--error-rate=0.05");

		assertThat(options).isEqualTo(new SimulatorOptions(32400, Duration.ofMillis(300), 3, 0.05));
		assertThat(SimulatorOptions.parse()).isEqualTo(new SimulatorOptions(0, Duration.ZERO, 0, 0));
		assertThat(SimulatorOptions.parse("--latency=1s", "--latency=0").latency()).isZero();
	}

	@Test
	void namesTheBadOption() {
		assertThatThrownBy(() -> SimulatorOptions.parse("--port=70000"))
			.hasMessage("--port=70000 needs a whole " + "number from 0 to 65535");
		assertThatThrownBy(() -> SimulatorOptions.parse("--max-concurrent=-1"))
			.hasMessage("--max-concurrent=-1 needs a whole number 0 or more");
		assertThatThrownBy(() -> SimulatorOptions.parse("--latency=soon")).hasMessageStartingWith("--latency=soon");
		assertThatThrownBy(() -> SimulatorOptions.parse("--error-rate=NaN")).hasMessageStartingWith("--error-rate");
		assertThatThrownBy(() -> SimulatorOptions.parse("--verbose")).hasMessage("unknown option --verbose");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "--port=http", "--latency=-5ms", "--max-concurrent", "--error-rate=1.5", "port=1", "--demo" })
	void refusesABadOptionWithOneLineAndTheUsage(String option) {
		int code = SimulatorCommand.run(new String[] { option }, print(this.out), print(this.err), (stop) -> {
			throw new AssertionError("must not start");
		});

		assertThat(code).isEqualTo(2);
		assertThat(text(this.out)).isEmpty();
		assertThat(text(this.err)).startsWith("plex-simulator: ")
			.contains(option)
			.endsWith("; " + SimulatorCommand.USAGE + System.lineSeparator())
			.containsOnlyOnce(System.lineSeparator());
	}

	@Test
	void printsTheReadyLineServesTheDemoWorldAndEndsWhenStopped() throws Exception {
		AtomicReference<Runnable> stop = new AtomicReference<>();
		CompletableFuture<Integer> run = CompletableFuture
			.supplyAsync(() -> SimulatorCommand.run(new String[] { "--port=0", "--max-concurrent=2", "--latency=0ms" },
					print(this.out), print(this.err), stop::set));
		Eventually.until("the ready line", Duration.ofSeconds(10), () -> READY.matcher(text(this.out)).matches());
		Matcher ready = READY.matcher(text(this.out));
		assertThat(ready.matches()).isTrue();
		String url = ready.group(1);

		HttpResponse<String> user = this.http.get(url + "/api/v2/user", "X-Plex-Token", ready.group(2),
				"X-Plex-Client-Identifier", SimHttp.CLIENT_ID, "Accept", "application/json");
		HttpResponse<String> resources = this.http.get(url + "/api/v2/resources", "X-Plex-Token", ready.group(2),
				"X-Plex-Client-Identifier", SimHttp.CLIENT_ID, "Accept", "application/json");

		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"username\":\"demo-owner\"");
		assertThat(ready.group(3)).isEqualTo("Demo Server");
		assertThat(resources.body()).contains("\"name\":\"Demo Server\"");
		assertThat(this.http.get(url + "/__plexsim/stats").body()).startsWith("{\"requests\":2,\"throttled\":0,");
		assertThat(run).isNotDone();
		Eventually.until("the stop registered", Duration.ofSeconds(10), () -> stop.get() != null);

		stop.get().run();

		assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
		assertThat(text(this.err)).isEmpty();
		assertThatThrownBy(() -> this.http.get(url + "/api/v2/ping")).isInstanceOf(UncheckedIOException.class)
			.hasCauseInstanceOf(ConnectException.class);
	}

	@Test
	void appliesTheOptionsAndKeepsNoRequestLog() {
		SimulatorOptions options = new SimulatorOptions(0, Duration.ofMillis(300), 3, 1.0);
		try (PlexSimulator simulator = SimulatorCommand.start(options, print(this.out))) {
			HttpResponse<String> ping = this.http.v2(simulator, "GET", "/api/v2/ping", null);

			assertThat(ping.statusCode()).as("error rate 1").isEqualTo(503);
			assertThat(simulator.faults().currentLatency()).isEqualTo(Duration.ofMillis(300));
			assertThat(simulator.faults().maxConcurrent()).isEqualTo(3);
			assertThat(simulator.requests()).isEmpty();
			assertThat(simulator.stats().requests()).isEqualTo(1);
		}
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
