package app.plexinvite.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server on a free port that records every request exactly as it came
 * (method, path, headers, body) and answers with the queued responses (200 when none is
 * queued), or never answers while {@link #hang()} is on.
 */
final class Receiver implements AutoCloseable {

	/** One request as received. */
	record Received(String method, String path, Headers headers, byte[] body) {

		String header(String name) {
			return this.headers.getFirst(name);
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/** One answer to give. */
	record Answer(int status, Map<String, String> headers, String body) {

	}

	private final HttpServer server;

	private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

	private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

	private final CountDownLatch released = new CountDownLatch(1);

	private volatile boolean hanging;

	private volatile Answer always;

	Receiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/** The next answers, in order. */
	Receiver answer(int... statuses) {
		for (int status : statuses) {
			this.answers.add(new Answer(status, Map.of(), ""));
		}
		return this;
	}

	Receiver answer(int status, Map<String, String> headers, String body) {
		this.answers.add(new Answer(status, headers, body));
		return this;
	}

	/** Every answer from now on. */
	Receiver always(int status) {
		this.always = new Answer(status, Map.of(), "{\"error\":\"down\"}");
		return this;
	}

	/** Takes requests and never answers (until closed). */
	Receiver hang() {
		this.hanging = true;
		return this;
	}

	List<Received> received() {
		synchronized (this.received) {
			return List.copyOf(this.received);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
				exchange.getRequestHeaders(), body));
		if (this.hanging) {
			try {
				this.released.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
			return;
		}
		Answer answer = this.answers.poll();
		if (answer == null) {
			answer = (this.always != null) ? this.always : new Answer(200, Map.of(), "ok");
		}
		answer.headers().forEach(exchange.getResponseHeaders()::add);
		byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(answer.status(), (out.length == 0) ? -1 : out.length);
		if (out.length > 0) {
			exchange.getResponseBody().write(out);
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.released.countDown();
		this.server.stop(0);
	}

}
