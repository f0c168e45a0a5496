package app.plexinvite.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx running {@code deploy/nginx.conf} as shipped, with two changes only: its
 * {@code listen 80} becomes a free local port and the application's address
 * {@code 127.0.0.1:5000} the test application's port. Runs in the foreground as a child
 * process (one process, no master), its files in a temporary folder. A machine without
 * nginx fails the test: .ci/run installs it.
 */
final class Nginx implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/sbin/nginx");

	private static final Path CONFIG = Path.of("deploy/nginx.conf");

	private final Process process;

	private final int port;

	private Nginx(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static Nginx start(Path folder, int applicationPort) throws IOException {
		if (!Files.isExecutable(BINARY)) {
			throw new IllegalStateException("Debian's nginx is needed for this test: apt-get install nginx");
		}
		int port = freePort();
		String server = Files.readString(CONFIG)
			.replace("listen 80;", "listen 127.0.0.1:" + port + ";")
			.replace("127.0.0.1:5000", "127.0.0.1:" + applicationPort);
		Files.writeString(folder.resolve("server.conf"), server);
		Files.writeString(folder.resolve("nginx.conf"), """
				daemon off;
				master_process off;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log;
				events {}
				http {
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    include %1$s/server.conf;
				}
				""".formatted(folder.toAbsolutePath()));
		Process process = new ProcessBuilder(BINARY.toString(), "-e", folder.resolve("error.log").toString(), "-p",
				folder.toString(), "-c", folder.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("output.txt").toFile())
			.start();
		Nginx nginx = new Nginx(process, port);
		nginx.awaitListening(folder);
		return nginx;
	}

	int port() {
		return this.port;
	}

	private void awaitListening(Path folder) throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("nginx stopped: " + Files.readString(folder.resolve("output.txt"))
						+ Files.readString(folder.resolve("error.log")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return;
			}
			catch (IOException notYet) {
				Thread.onSpinWait();
			}
		}
		throw new IllegalStateException("nginx did not listen on " + this.port + " within 30 s");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
