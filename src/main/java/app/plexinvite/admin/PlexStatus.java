package app.plexinvite.admin;

import java.util.List;

import app.plexinvite.plex.PlexAccount;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.plex.PlexServerConnection;

/**
 * What the dashboard shows about Plex, step by step: the account behind the token, the
 * server and the connection found, its libraries. A step that failed carries the failure
 * and the steps after it did not run. Public only so that the template engine may read
 * it.
 */
public record PlexStatus(PlexAccount account, PlexServerConnection server, List<PlexLibrary> libraries,
		List<PlexStep> steps) {

	public boolean healthy() {
		return this.steps.stream().allMatch(PlexStep::ok);
	}

	/** The first failure, or null. */
	public PlexException problem() {
		return this.steps.stream().filter((step) -> !step.ok()).map(PlexStep::problem).findFirst().orElse(null);
	}

	public long shareableLibraries() {
		return this.libraries.stream().filter(PlexLibrary::shareable).count();
	}

	/**
	 * Arguments for the problem's message: the HTTP status and Plex's own words, when
	 * there were any.
	 */
	public Object[] problemArguments() {
		return PlexStep.argumentsOf(problem());
	}

}
