package app.plexinvite.admin;

import java.util.List;

import app.plexinvite.plex.PlexAccount;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.plex.PlexServerConnection;

/**
 * What the dashboard shows about Plex, step by step: the account behind the token, the
 * server and the connection found, its libraries. A step that failed carries the failure
 * and the steps after it are empty.
 */
record PlexStatus(PlexAccount account, PlexServerConnection server, List<PlexLibrary> libraries,
		PlexException problem) {

	public boolean healthy() {
		return this.problem == null;
	}

	public long shareableLibraries() {
		return this.libraries.stream().filter(PlexLibrary::shareable).count();
	}

	/**
	 * Arguments for the problem's message: the HTTP status and Plex's own words, when
	 * there were any.
	 */
	public Object[] problemArguments() {
		if (this.problem == null) {
			return new Object[0];
		}
		return new Object[] { this.problem.httpStatus().map(String::valueOf).orElse("–"),
				this.problem.plexMessage().orElse("") };
	}

}
