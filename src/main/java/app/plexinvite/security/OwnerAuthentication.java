package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the owner's name and password, throttled by {@link LoginThrottle}. The password
 * is always verified against the owner's real hash, also for a name that is not the
 * owner's, so an unknown name takes the same time as a wrong password (same algorithm,
 * same cost) and gets the same answer. After a successful sign-in, a hash in an older
 * format is replaced through the {@link UserDetailsPasswordService} (only the stored
 * account's can be). An owner with TOTP gets only {@link SecondStepController#PENDING}
 * until the second step.
 */
final class OwnerAuthentication implements AuthenticationProvider {

	/**
	 * Checked when there is no owner yet (set-up not done), so that the answer and its
	 * timing are the same as for a wrong password: an argon2id hash of a random password
	 * nobody knows.
	 */
	static final String NOBODY = "$argon2id$v=19$m=19456,t=2,p=1$bm9ib2R5LXNhbHQtMTY$"
			+ "Zl6bB3d2x3hRbAcN0Kxe5n0m8Xz2pQq0r0j6b6Pj0iA";

	private final Function<String, Optional<UserDetails>> owner;

	private final Predicate<String> secondStep;

	private final UserDetailsPasswordService upgrades;

	private final PasswordEncoder hashes;

	private final LoginThrottle throttle;

	private final Consumer<Duration> pause;

	OwnerAuthentication(Function<String, Optional<UserDetails>> owner, Predicate<String> secondStep,
			UserDetailsPasswordService upgrades, PasswordEncoder hashes, LoginThrottle throttle,
			Consumer<Duration> pause) {
		this.owner = owner;
		this.secondStep = secondStep;
		this.upgrades = upgrades;
		this.hashes = hashes;
		this.throttle = throttle;
		this.pause = pause;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		String client = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? ClientAddress.keyFor(details.getRemoteAddress()) : "unknown";
		if (this.throttle.lockedOut(client, username)) {
			throw new LockedException("Too many failed sign-ins from this client");
		}
		this.pause.accept(this.throttle.delayFor(username));
		Optional<UserDetails> found = this.owner.apply(username);
		String hash = found.map(UserDetails::getPassword).orElse(NOBODY);
		boolean passwordMatches = this.hashes.matches(password, hash);
		if (found.isPresent() && sameName(username, found.get()) && passwordMatches) {
			UserDetails owner = found.get();
			if (this.hashes.upgradeEncoding(hash)) {
				owner = this.upgrades.updatePassword(owner, this.hashes.encode(password));
			}
			if (this.secondStep.test(owner.getUsername())) {
				// The client's failures are cleared only once the code is right too.
				return UsernamePasswordAuthenticationToken.authenticated(owner.getUsername(), null,
						AuthorityUtils.createAuthorityList(SecondStepController.PENDING));
			}
			this.throttle.succeeded(client, username);
			return UsernamePasswordAuthenticationToken.authenticated(owner.getUsername(), null, owner.getAuthorities());
		}
		this.throttle.failed(client, username);
		throw new BadCredentialsException("Bad credentials");
	}

	private static boolean sameName(String username, UserDetails owner) {
		return MessageDigest.isEqual(username.getBytes(StandardCharsets.UTF_8),
				owner.getUsername().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
