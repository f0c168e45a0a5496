package app.plexinvite.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexAccount;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.plex.PlexServerConnection;

/**
 * Walks the Plex connection the way sharing will need it, stopping at the first step that
 * fails.
 */
@Component
class PlexStatusCheck {

	private final PlexClient plex;

	PlexStatusCheck(PlexClient plex) {
		this.plex = plex;
	}

	PlexStatus check() {
		PlexAccount account;
		try {
			account = this.plex.ownerAccount();
		}
		catch (PlexException ex) {
			return new PlexStatus(null, null, List.of(), ex);
		}
		PlexServerConnection server;
		try {
			server = this.plex.server();
		}
		catch (PlexException ex) {
			return new PlexStatus(account, null, List.of(), ex);
		}
		try {
			List<PlexLibrary> libraries = this.plex.libraries();
			return new PlexStatus(account, server, libraries, null);
		}
		catch (PlexException ex) {
			return new PlexStatus(account, server, List.of(), ex);
		}
	}

}
