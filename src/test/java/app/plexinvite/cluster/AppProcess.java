package app.plexinvite.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.plexinvite.support.Eventually;

/**
 * The application in a child JVM of its own (the test's classpath,
 * {@code app.plexinvite.PlexInviteApplication}), configured as people configure it:
 * environment variables, plus Spring properties as arguments. Its output goes to a file
 * under target/ that a failing test prints. {@link #kill()} is a real kill -9.
 */
final class AppProcess implements AutoCloseable {

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private AppProcess(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	static AppProcess start(String name, Map<String, String> environment, List<String> arguments) {
		int port = freePort();
		Path log = Path.of("target", "cluster", name + ".log").toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				"app.plexinvite.PlexInviteApplication"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("PORT", Integer.toString(port));
		builder.environment().put("HOST", "127.0.0.1");
		try {
			Files.createDirectories(log.getParent());
			return new AppProcess(name, port, log, builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String name() {
		return this.name;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** Waits until the health endpoint answers 200, failing early if the process died. */
	AppProcess awaitHealthy(Duration deadline) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Eventually.until(this.name + " healthy", deadline, () -> {
			if (!this.process.isAlive()) {
				throw new AssertionError(this.name + " exited with " + this.process.exitValue() + ":\n" + output());
			}
			try {
				HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
					.timeout(Duration.ofSeconds(2))
					.build();
				return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		});
		return this;
	}

	boolean alive() {
		return this.process.isAlive();
	}

	/** kill -9: no shutdown hook, no graceful anything. */
	void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	String output() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log) : "(no output)";
		}
		catch (IOException ex) {
			return "(output unreadable: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		kill();
	}

}
