package app.plexinvite.plex;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The configured server's working address, found once through plex.tv's resources
 * (plex-protocol.md §2a, {@link ServerLocator}) and found again when it stops answering
 * or the owner's credentials change.
 */
final class KnownServer {

	private final ServerLocator locator;

	private final OwnerCredentials credentials;

	private final AtomicReference<PlexServerConnection> current = new AtomicReference<>();

	KnownServer(ServerLocator locator, OwnerCredentials credentials) {
		this.locator = locator;
		this.credentials = credentials;
	}

	PlexServerConnection get() {
		PlexServerConnection known = this.current.get();
		if (known != null) {
			return known;
		}
		PlexServerConnection found = this.locator.locate(this.credentials.token());
		this.current.set(found);
		return found;
	}

	/** Forgets the address: the next call looks the server up again. */
	void forget() {
		this.current.set(null);
	}

	/** Runs a call on the server; an unreachable server is looked up again next time. */
	<T> T call(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (PlexException ex) {
			if (ex.reason() == PlexException.Reason.SERVER_UNREACHABLE) {
				forget();
			}
			throw ex;
		}
	}

}
