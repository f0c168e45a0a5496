package app.plexinvite.setup;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexCredentialStatus;
import app.plexinvite.security.OwnerAccounts;
import app.plexinvite.security.SetupCodes;

/**
 * Whether set-up still has work, and the start-up step: while anything is missing a new
 * set-up code is printed in the log (any instance of the database accepts it). Plex calls
 * made from set-up pages are bounded by {@link #LONGEST_WAIT} so no page hangs on a slow
 * plex.tv.
 */
@Component
class FirstRunSetup {

	static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

	private final OwnerAccounts owners;

	private final PlexClient plex;

	private final SetupCodes codes;

	private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

	FirstRunSetup(OwnerAccounts owners, PlexClient plex, SetupCodes codes) {
		this.owners = owners;
		this.plex = plex;
		this.codes = codes;
	}

	/**
	 * Prints a new code while set-up has work; once it has none, no code printed by an
	 * earlier start (of any instance) opens it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (complete()) {
			this.codes.retire();
		}
		else {
			this.codes.issue();
		}
	}

	boolean accountNeeded() {
		return !this.owners.exists();
	}

	PlexCredentialStatus plexStatus() {
		return this.plex.credentialStatus();
	}

	boolean complete() {
		return !accountNeeded() && plexStatus().connected();
	}

	/** Ends set-up when nothing is missing any more; the code stops working. */
	boolean finishIfComplete() {
		if (complete()) {
			this.codes.retire();
			return true;
		}
		return false;
	}

	/**
	 * Runs a Plex call for at most {@link #LONGEST_WAIT}.
	 * @throws TimeoutException when Plex took longer (the call is abandoned)
	 */
	<T> T withinAFewSeconds(Supplier<T> call) throws TimeoutException {
		Future<T> future = this.calls.submit(call::get);
		try {
			return future.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TimeoutException("interrupted");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
