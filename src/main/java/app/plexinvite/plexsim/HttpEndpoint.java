package app.plexinvite.plexsim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * One JDK HTTP server on 127.0.0.1 with virtual threads: records each request, then
 * answers it, through a {@link Gate} that may answer instead.
 */
final class HttpEndpoint implements AutoCloseable {

	/**
	 * What stands in front of the app: plex.tv's control path, its throttle and its
	 * counts ({@link PlexTvTraffic}); a PMS has none ({@link #OPEN}).
	 */
	interface Gate {

		Gate OPEN = new Gate() {
		};

		/** The answer to a control request, neither recorded nor counted; or null. */
		default Answer control(RecordedRequest request) {
			return null;
		}

		/**
		 * The answer to write: the work's (the app's answer after the latency), or one
		 * the gate gives instead. The request is in flight while this runs; it returns
		 * before the answer goes out, so a caller that has its answer is no longer
		 * counted.
		 */
		default Answer pass(RecordedRequest request, Supplier<Answer> work) {
			return work.get();
		}

	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final Function<Call, Answer> app;

	private final Consumer<RecordedRequest> recorder;

	private final Supplier<Duration> latency;

	private final Gate gate;

	HttpEndpoint(int port, Function<Call, Answer> app, Consumer<RecordedRequest> recorder, Supplier<Duration> latency,
			Gate gate) {
		this.app = app;
		this.recorder = recorder;
		this.latency = latency;
		this.gate = gate;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot bind 127.0.0.1:" + port, ex);
		}
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	String url() {
		return "http://127.0.0.1:" + port();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			RecordedRequest request = read(exchange);
			Answer control = this.gate.control(request);
			if (control != null) {
				write(exchange, control);
				return;
			}
			this.recorder.accept(request);
			write(exchange, this.gate.pass(request, () -> {
				Answer answer = answer(request);
				pause(this.latency.get());
				return answer;
			}));
		}
	}

	private Answer answer(RecordedRequest request) {
		try {
			return this.app.apply(Call.of(request));
		}
		catch (RuntimeException ex) {
			return Answer.html(500, PlexErrors.RAILS_500);
		}
	}

	private static RecordedRequest read(HttpExchange exchange) throws IOException {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestURI().getRawQuery(), headers, body);
	}

	private static void write(HttpExchange exchange, Answer answer) throws IOException {
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		if (answer.contentType() != null) {
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
		}
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		boolean noBody = bytes.length == 0 || answer.status() == 204 || "HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(answer.status(), noBody ? -1 : bytes.length);
		if (!noBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static void pause(Duration delay) {
		if (delay.isZero() || delay.isNegative()) {
			return;
		}
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
