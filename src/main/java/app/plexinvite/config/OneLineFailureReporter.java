package app.plexinvite.config;

import java.io.PrintStream;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports why start-up failed in one line on standard error, without a stack trace,
 * instead of Spring Boot's multi-line banner (silenced in application.properties).
 * Whoever reads `docker logs` sees the cause at once.
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

	private final PrintStream out;

	OneLineFailureReporter() {
		this(System.err);
	}

	OneLineFailureReporter(PrintStream out) {
		this.out = out;
	}

	@Override
	public void report(FailureAnalysis analysis) {
		this.out.println(line(analysis));
		this.out.flush();
	}

	static String line(FailureAnalysis analysis) {
		String description = flatten(analysis.getDescription());
		String action = flatten(analysis.getAction());
		return "Plex Invite cannot start: " + description + (action.isEmpty() ? "" : " " + action);
	}

	private static String flatten(String text) {
		return (text != null) ? text.strip().replaceAll("\\s*\\R\\s*", " ") : "";
	}

}
