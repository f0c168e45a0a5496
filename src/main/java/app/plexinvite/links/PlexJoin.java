package app.plexinvite.links;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.PlexAccount;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexReceivedInvite;
import app.plexinvite.plex.PlexToken;
import app.plexinvite.plex.ShareResult;
import app.plexinvite.plex.ShareSettings;

/**
 * The Plex side of joining with a link, the way Wizarr does it (plex-protocol.md §8b, WIZ
 * plex.py {@code _post_join_setup}): who signed in ({@code /api/v2/user}), the owner
 * shares with them (an existing friend's share is updated), then the invite is accepted
 * with the invitee's own token. The token is only used, never kept.
 */
@Component
class PlexJoin {

	static final int ACCEPT_ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(PlexJoin.class);

	private final PlexClient plex;

	private final Duration pause;

	@Autowired
	PlexJoin(PlexClient plex) {
		this(plex, Duration.ofSeconds(1));
	}

	PlexJoin(PlexClient plex, Duration pauseBetweenAccepts) {
		this.plex = plex;
		this.pause = pauseBetweenAccepts;
	}

	/**
	 * The account behind the token, or why it cannot join: a rejected token, the owner's
	 * own account, an unconfirmed e-mail (wizarrrr/wizarr #796: accepting fails until it
	 * is confirmed, §8b). Other Plex failures are thrown.
	 */
	SignIn signIn(PlexToken token) {
		PlexAccount account;
		try {
			account = this.plex.account(token);
		}
		catch (PlexException ex) {
			if (ex.reason() == PlexException.Reason.TOKEN_REJECTED) {
				return new SignIn(null, JoinOutcome.Kind.SIGN_IN_AGAIN);
			}
			throw ex;
		}
		if (account.id() == this.plex.ownerAccount().id()) {
			return new SignIn(account, JoinOutcome.Kind.OWN_ACCOUNT);
		}
		return new SignIn(account, account.confirmed() ? null : JoinOutcome.Kind.CONFIRM_EMAIL);
	}

	/**
	 * Shares the server with the account ({@code ALREADY_SHARED_UPDATED}: an existing
	 * friend, updated, not duplicated), then accepts for them; accepting is tried
	 * {@value #ACCEPT_ATTEMPTS} times. Sharing failures are thrown.
	 */
	Shared shareAndAccept(PlexToken token, PlexAccount account, LibrarySelection libraries, ShareSettings settings) {
		ShareResult share = this.plex.share(account.shareName(), libraries, settings);
		return new Shared(share, accept(token, share.outcome()));
	}

	private boolean accept(PlexToken token, ShareResult.Outcome outcome) {
		String owner = this.plex.ownerAccount().username();
		String server = this.plex.server().machineIdentifier();
		for (int attempt = 1; attempt <= ACCEPT_ATTEMPTS; attempt++) {
			if (attempt > 1) {
				pause();
			}
			try {
				Optional<PlexReceivedInvite> invite = this.plex.receivedInvites(token)
					.stream()
					.filter((received) -> owner.equalsIgnoreCase(received.ownerUsername())
							&& server.equals(received.machineIdentifier()))
					.findFirst();
				if (invite.isPresent()) {
					this.plex.acceptInvite(token, invite.get().sharedServerId());
					return true;
				}
				// WIZ _post_join_setup: "No pending invite" after an update means they
				// had accepted before.
				if (outcome == ShareResult.Outcome.ALREADY_SHARED_UPDATED) {
					return true;
				}
			}
			catch (PlexException ex) {
				log.info("Accepting the invite failed (attempt {} of {}): {}", attempt, ACCEPT_ATTEMPTS,
						ex.getMessage());
			}
		}
		return false;
	}

	private void pause() {
		if (!this.pause.isPositive()) {
			return;
		}
		try {
			Thread.sleep(this.pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Who signed in.
	 *
	 * @param account the account, or null when the token was rejected
	 * @param problem why they cannot join with it, or null when they can
	 */
	record SignIn(PlexAccount account, JoinOutcome.Kind problem) {

		boolean usable() {
			return this.problem == null;
		}

	}

	/**
	 * What sharing did.
	 *
	 * @param share the share (invited, or an existing one updated)
	 * @param accepted whether the invite is accepted now (or was before)
	 */
	record Shared(ShareResult share, boolean accepted) {
	}

}
