package app.plexinvite.plexsim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The plex.tv accounts, their tokens and the tokens that were revoked. */
final class AccountBook {

	private final Map<Long, SimAccount> accounts = new LinkedHashMap<>();

	private final Map<Long, Instant> joinedAt = new LinkedHashMap<>();

	private final Set<String> revoked = new HashSet<>();

	private final Set<Long> plexPass = new HashSet<>();

	private final Set<Long> unconfirmed = new HashSet<>();

	private final Ids ids;

	AccountBook(Ids ids) {
		this.ids = ids;
	}

	synchronized SimAccount add(String username, String email, Instant now) {
		if (byName(username).isPresent() || byName(email).isPresent()) {
			throw new IllegalArgumentException("An account named " + username + " or " + email + " exists already");
		}
		SimAccount account = new SimAccount(this.ids.accountId(), this.ids.uuid(), username, email, this.ids.token());
		this.accounts.put(account.id(), account);
		this.joinedAt.put(account.id(), now);
		return account;
	}

	/**
	 * A managed (restricted) Plex Home user: no username, no email, only a title
	 * (plex-protocol.md §6, §7a; OMBI PlexApi.cs comment).
	 */
	synchronized SimAccount addManaged(Instant now) {
		SimAccount account = new SimAccount(this.ids.accountId(), this.ids.uuid(), "", "", this.ids.token());
		this.accounts.put(account.id(), account);
		this.joinedAt.put(account.id(), now);
		return account;
	}

	synchronized void remove(long id) {
		this.accounts.remove(id);
	}

	/** Plex Pass is a per-account subscription (plex-protocol.md §1a, §6). */
	synchronized void plexPass(long id, boolean active) {
		if (active) {
			this.plexPass.add(id);
		}
		else {
			this.plexPass.remove(id);
		}
	}

	/** A new account's e-mail is unconfirmed until its owner clicks Plex's mail. */
	synchronized void confirmEmail(long id, boolean confirmed) {
		if (confirmed) {
			this.unconfirmed.remove(id);
		}
		else {
			this.unconfirmed.add(id);
		}
	}

	synchronized boolean isConfirmed(long id) {
		return !this.unconfirmed.contains(id);
	}

	synchronized boolean hasPlexPass(long id) {
		return this.plexPass.contains(id);
	}

	synchronized Optional<SimAccount> byId(long id) {
		return Optional.ofNullable(this.accounts.get(id));
	}

	/**
	 * A Plex username or an email, case-insensitive (plex-protocol.md §5a: invited_email
	 * takes both).
	 */
	synchronized Optional<SimAccount> byName(String usernameOrEmail) {
		if (usernameOrEmail == null) {
			return Optional.empty();
		}
		return this.accounts.values()
			.stream()
			.filter((account) -> !usernameOrEmail.isBlank())
			.filter((account) -> account.username().equalsIgnoreCase(usernameOrEmail)
					|| account.email().equalsIgnoreCase(usernameOrEmail))
			.findFirst();
	}

	synchronized Optional<SimAccount> byToken(String token) {
		if (token == null || this.revoked.contains(token)) {
			return Optional.empty();
		}
		return this.accounts.values().stream().filter((account) -> account.token().equals(token)).findFirst();
	}

	synchronized boolean isRevoked(String token) {
		return token != null && this.revoked.contains(token);
	}

	synchronized void revoke(String token) {
		this.revoked.add(token);
	}

	synchronized Instant joinedAt(long id) {
		return this.joinedAt.get(id);
	}

	synchronized List<SimAccount> all() {
		return new ArrayList<>(this.accounts.values());
	}

}
