package app.plexinvite.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexAccount;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.plex.PlexServerConnection;

/**
 * Walks the Plex connection the way sharing needs it, timing each step and stopping at
 * the first that fails: plex.tv accepts the token, the server is found and answers, its
 * libraries are read, plex.tv's section ids match them.
 */
@Component
class PlexStatusCheck {

	private final PlexClient plex;

	PlexStatusCheck(PlexClient plex) {
		this.plex = plex;
	}

	/** The check as the dashboard runs it: the server's known address is reused. */
	PlexStatus check() {
		return run(false);
	}

	/**
	 * "Test connection": the server is looked up again on plex.tv and every address
	 * probed.
	 */
	PlexStatus checkFromScratch() {
		return run(true);
	}

	private PlexStatus run(boolean fresh) {
		List<PlexStep> steps = new ArrayList<>();
		PlexAccount account = step(steps, "token", this.plex::ownerAccount);
		PlexServerConnection server = (account != null)
				? step(steps, "server", fresh ? this.plex::locateServer : this.plex::server) : null;
		List<PlexLibrary> libraries = (server != null) ? step(steps, "libraries", this.plex::libraries) : null;
		if (libraries != null) {
			long unmatched = libraries.stream().filter((library) -> !library.shareable()).count();
			steps.add((unmatched == 0) ? PlexStep.passed("sectionIds", Duration.ZERO)
					: PlexStep.warned("sectionIds", Duration.ZERO, "plex.step.sectionIds.partial"));
		}
		return new PlexStatus(account, server, (libraries != null) ? libraries : List.of(), steps);
	}

	private static <T> T step(List<PlexStep> steps, String name, Supplier<T> action) {
		long start = System.nanoTime();
		try {
			T result = action.get();
			steps.add(PlexStep.passed(name, Duration.ofNanos(System.nanoTime() - start)));
			return result;
		}
		catch (PlexException ex) {
			steps.add(PlexStep.failed(name, Duration.ofNanos(System.nanoTime() - start), ex));
			return null;
		}
	}

}
