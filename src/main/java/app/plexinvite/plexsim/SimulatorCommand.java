package app.plexinvite.plexsim;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code java -jar plex-invite.jar plex-simulator [--port=N] [--latency=300ms]
 * [--max-concurrent=N] [--error-rate=0.0]}: the simulator with the demo world as a
 * process of its own, for benchmarks (no Spring context). When it listens it prints one
 * line, {@code PLEXSIM READY url=<plex.tv base url> token=<owner token> server=<server
 * name>}, and runs until SIGTERM or SIGINT. It keeps no request log; its counts are at
 * {@code GET <url>/__plexsim/stats}.
 */
public final class SimulatorCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "plex-simulator";

	static final String USAGE = "usage: " + NAME
			+ " [--port=N] [--latency=300ms] [--max-concurrent=N] [--error-rate=0.0]";

	/** The demo world's server ({@link DemoWorld}). */
	static final String SERVER = "Demo Server";

	static final int OK = 0;

	static final int FAILED = 1;

	static final int BAD_OPTIONS = 2;

	private SimulatorCommand() {
	}

	/** Runs until the JVM shuts down; 2 for bad options, 1 when it cannot listen. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, (stop) -> Runtime.getRuntime().addShutdownHook(new Thread(stop, NAME + "-stop")));
	}

	/**
	 * As {@link #run(String[], PrintStream, PrintStream)}, stopped by what onStop gets.
	 */
	static int run(String[] args, PrintStream out, PrintStream err, Consumer<Runnable> onStop) {
		SimulatorOptions options;
		try {
			options = SimulatorOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(NAME + ": " + ex.getMessage() + "; " + USAGE);
			return BAD_OPTIONS;
		}
		PlexSimulator simulator;
		try {
			simulator = start(options, out);
		}
		catch (UncheckedIOException ex) {
			err.println(NAME + ": " + ex.getMessage());
			return FAILED;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		onStop.accept(() -> {
			simulator.close();
			stopped.countDown();
		});
		awaitUninterruptibly(stopped);
		return OK;
	}

	/** Starts the demo world with these options and prints the ready line. */
	static PlexSimulator start(SimulatorOptions options, PrintStream out) {
		PlexSimulator simulator = PlexSimulator.builder().port(options.port()).demoData().withoutRequestLog().build();
		simulator.faults()
			.latency(options.latency())
			.maxConcurrent(options.maxConcurrent())
			.errorRate(options.errorRate());
		out.println(
				"PLEXSIM READY url=" + simulator.baseUrl() + " token=" + simulator.ownerToken() + " server=" + SERVER);
		out.flush();
		return simulator;
	}

	private static void awaitUninterruptibly(CountDownLatch latch) {
		boolean interrupted = false;
		while (latch.getCount() > 0) {
			try {
				latch.await();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
