package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.function.Consumer;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the owner's name and password, throttled by {@link LoginThrottle}. The password
 * is always verified against the owner's real hash, also for a name that is not the
 * owner's, so an unknown name takes the same time as a wrong password (same algorithm,
 * same cost) and gets the same answer.
 */
final class OwnerAuthentication implements AuthenticationProvider {

	private final UserDetails owner;

	private final PasswordEncoder hashes;

	private final LoginThrottle throttle;

	private final Consumer<Duration> pause;

	OwnerAuthentication(UserDetails owner, PasswordEncoder hashes, LoginThrottle throttle, Consumer<Duration> pause) {
		this.owner = owner;
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
		boolean passwordMatches = this.hashes.matches(password, this.owner.getPassword());
		if (sameName(username) && passwordMatches) {
			this.throttle.succeeded(client, username);
			return UsernamePasswordAuthenticationToken.authenticated(this.owner.getUsername(), null,
					this.owner.getAuthorities());
		}
		this.throttle.failed(client, username);
		throw new BadCredentialsException("Bad credentials");
	}

	private boolean sameName(String username) {
		return MessageDigest.isEqual(username.getBytes(StandardCharsets.UTF_8),
				this.owner.getUsername().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
