package app.plexinvite.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the account page does with owner accounts: list them, add one, remove one (never
 * yourself, never the last one, never the environment's), change your password (not the
 * environment's: it lives in ADMIN_PASSWORD_HASH). Removing an account removes its TOTP
 * and recovery codes.
 */
final class OwnerRoster {

	private final OwnerAccounts accounts;

	private final StoredOwnerAccount stored;

	private final StoredSecondFactors factors;

	private final PasswordHashes hashes;

	private final Clock clock;

	OwnerRoster(OwnerAccounts accounts, StoredOwnerAccount stored, StoredSecondFactors factors, PasswordHashes hashes,
			Clock clock) {
		this.accounts = accounts;
		this.stored = stored;
		this.factors = factors;
		this.hashes = hashes;
		this.clock = clock;
	}

	/** The environment's account first, then the stored ones by name. */
	List<Owner> list() {
		List<Owner> owners = new ArrayList<>();
		this.accounts.environmentName()
			.ifPresent((name) -> owners.add(new Owner(name, true, this.factors.secretOf(name).isPresent(), null)));
		for (StoredOwnerAccount.Row row : this.stored.findAll()) {
			if (!isEnvironment(row.username())) {
				owners.add(new Owner(row.username(), false, this.factors.secretOf(row.username()).isPresent(),
						row.lastSignInAt()));
			}
		}
		return owners;
	}

	/** Adds an owner; the message key of the problem, or null when added. */
	@Nullable String add(String username, String password) {
		String name = username.strip();
		if (isEnvironment(name) || !this.stored.add(name, this.hashes.encode(password), this.clock.instant())) {
			return "account.owners.taken";
		}
		return null;
	}

	/** Removes another owner; the message key of the problem, or null when removed. */
	@Nullable String remove(String current, String username) {
		if (OwnerAccounts.sameName(current, username)) {
			return "account.owners.notYourself";
		}
		if (isEnvironment(username)) {
			return "account.owners.environment";
		}
		if (list().size() <= 1 || !this.stored.remove(username)) {
			return "account.owners.notRemoved";
		}
		this.factors.remove(username);
		return null;
	}

	/** Changes a stored owner's password; the message key of the problem, or null. */
	@Nullable String changePassword(String username, String current, String replacement) {
		if (isEnvironment(username)) {
			return "account.password.environment";
		}
		boolean matches = this.accounts.find(username)
			.map((owner) -> this.hashes.matches(current, owner.getPassword()))
			.orElse(false);
		if (!matches) {
			return "account.password.wrong";
		}
		this.stored.updatePasswordHash(username, this.hashes.encode(replacement), this.clock.instant());
		return null;
	}

	boolean isEnvironment(String username) {
		return this.accounts.environmentName().filter((name) -> OwnerAccounts.sameName(name, username)).isPresent();
	}

	/** One owner as the account page lists it. */
	record Owner(String username, boolean fromEnvironment, boolean totp, @Nullable Instant lastSignInAt) {
	}

}
