package app.plexinvite.admin;

import java.time.Duration;

import app.plexinvite.plex.PlexException;

/**
 * One step of the connection check, with how long it took. A step may pass with a warning
 * (a message key) when it worked but something needs the owner's eye. Public only for the
 * template engine.
 */
public record PlexStep(String name, boolean ok, Duration took, String warning, PlexException problem) {

	static PlexStep passed(String name, Duration took) {
		return new PlexStep(name, true, took, null, null);
	}

	static PlexStep warned(String name, Duration took, String warning) {
		return new PlexStep(name, true, took, warning, null);
	}

	static PlexStep failed(String name, Duration took, PlexException problem) {
		return new PlexStep(name, false, took, null, problem);
	}

	public long millis() {
		return this.took.toMillis();
	}

	public Object[] problemArguments() {
		return argumentsOf(this.problem);
	}

	static Object[] argumentsOf(PlexException problem) {
		if (problem == null) {
			return new Object[] { "", "" };
		}
		return new Object[] { problem.httpStatus().map(String::valueOf).orElse("–"), problem.plexMessage().orElse("") };
	}

}
