package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The owners' accounts: the one from ADMIN_USERNAME / ADMIN_PASSWORD_HASH when the hash
 * is set (or generated in demo mode), which wins for its name, and those stored in the
 * database (the first created at first-run set-up, others added on the account page). As
 * Spring Security's {@link UserDetailsPasswordService} it re-hashes a stored password
 * with today's argon2id parameters after a successful sign-in.
 */
public final class OwnerAccounts implements UserDetailsService, UserDetailsPasswordService {

	/** The shortest password set-up accepts. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	private final @Nullable UserDetails fromEnvironment;

	private final StoredOwnerAccount stored;

	private final PasswordHashes hashes;

	private final Clock clock;

	private volatile boolean known;

	OwnerAccounts(@Nullable UserDetails fromEnvironment, StoredOwnerAccount stored, PasswordHashes hashes,
			Clock clock) {
		this.fromEnvironment = fromEnvironment;
		this.stored = stored;
		this.hashes = hashes;
		this.clock = clock;
	}

	/** Whether anyone can sign in: an account in the environment or in the database. */
	public boolean exists() {
		if (!this.known) {
			this.known = owner().isPresent();
		}
		return this.known;
	}

	/** Whether ADMIN_PASSWORD_HASH (or demo mode) provides an account. */
	public boolean fromEnvironment() {
		return this.fromEnvironment != null;
	}

	/**
	 * Creates the stored account with an argon2id hash of the password.
	 * @throws IllegalStateException when an account exists already
	 */
	public void create(String username, String password) {
		if (username == null || username.isBlank() || username.strip().length() > 100) {
			throw new IllegalArgumentException("A username has 1 to 100 characters");
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (exists() || !this.stored.create(username.strip(), this.hashes.encode(password), this.clock.instant())) {
			throw new IllegalStateException("The owner's account exists already; set-up cannot create another");
		}
		this.known = true;
	}

	/**
	 * The account with this name: the environment's for its name (it wins over a stored
	 * one with the same name), else a stored one.
	 */
	Optional<UserDetails> find(String username) {
		if (this.fromEnvironment != null && sameName(this.fromEnvironment.getUsername(), username)) {
			return Optional.of(this.fromEnvironment);
		}
		if (!possibleName(username)) {
			// No owner has such a name; PostgreSQL would refuse a NUL byte with an error.
			return Optional.empty();
		}
		return this.stored.find(username).map(OwnerAccounts::details);
	}

	/**
	 * Whether this is an owner's name (for logs that must not keep a mistyped password).
	 */
	public boolean isOwner(String username) {
		return username != null && find(username).isPresent();
	}

	private static boolean possibleName(String username) {
		return username != null && username.length() <= 100 && username.codePoints().noneMatch(Character::isISOControl);
	}

	/** The environment's account first, else the first stored one. */
	Optional<UserDetails> owner() {
		if (this.fromEnvironment != null) {
			return Optional.of(this.fromEnvironment);
		}
		return this.stored.first().map(OwnerAccounts::details);
	}

	/** The name of the account from the environment, if there is one. */
	/**
	 * Whether a session this owner signed in at {@code signedInAt} still stands: the
	 * account exists and its password did not change since (a removed owner, a changed or
	 * reset password ends every older session).
	 */
	boolean sessionStands(String username, Instant signedInAt) {
		if (environmentName().filter((name) -> sameName(name, username)).isPresent()) {
			return true;
		}
		return this.stored.changedAt(username).filter((changed) -> !changed.isAfter(signedInAt)).isPresent();
	}

	Optional<String> environmentName() {
		return Optional.ofNullable(this.fromEnvironment).map(UserDetails::getUsername);
	}

	/**
	 * Signs the owner in on this request right after set-up created the account, as a
	 * form sign-in would: new session id, sign-in time kept for the absolute timeout.
	 */
	public void signIn(HttpServletRequest request, HttpServletResponse response) {
		UserDetails owner = owner().orElseThrow(() -> new IllegalStateException("No owner account to sign in"));
		signIn(owner, request, response);
	}

	/** Signs this owner in on this request (after set-up or the second sign-in step). */
	void signIn(UserDetails owner, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(owner.getUsername(), null, owner.getAuthorities()));
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		request.getSession().setAttribute(SignInHandlers.SIGNED_IN_AT, this.clock.instant());
		recordSignIn(owner.getUsername());
	}

	/**
	 * Keeps the time of a completed sign-in on the stored account (shown on the account
	 * page).
	 */
	void recordSignIn(String username) {
		this.stored.recordSignIn(username, this.clock.instant());
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("Not the owner's name"));
	}

	static boolean sameName(String one, String other) {
		return MessageDigest.isEqual(one.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));
	}

	private static UserDetails details(StoredOwnerAccount.Row row) {
		return User.withUsername(row.username()).password(row.passwordHash()).roles("ADMIN").build();
	}

	/**
	 * Stores the new hash of the stored account. The environment's hash is left alone: it
	 * lives in the owner's .env or environment, which Plex Invite never writes, so an
	 * older format there keeps being verified as it is.
	 */
	@Override
	public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
		if (newPassword == null || environmentName().filter((name) -> sameName(name, user.getUsername())).isPresent()) {
			return user;
		}
		this.stored.updatePasswordHash(user.getUsername(), newPassword, this.clock.instant());
		return User.withUserDetails(user).password(newPassword).build();
	}

}
