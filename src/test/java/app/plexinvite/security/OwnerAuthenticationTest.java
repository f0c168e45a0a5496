package app.plexinvite.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OwnerAuthenticationTest {

	private static final String HASH = "stored-hash";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private final List<String> checkedAgainst = new ArrayList<>();

	private final List<Duration> pauses = new ArrayList<>();

	private final PasswordEncoder hashes = new PasswordEncoder() {

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			OwnerAuthenticationTest.this.checkedAgainst.add(encodedPassword);
			return "right".contentEquals(rawPassword);
		}

	};

	private final OwnerAuthentication provider = new OwnerAuthentication(
			(name) -> Optional.of(User.withUsername("owner").password(HASH).roles("ADMIN").build()), (name) -> false,
			(user, hash) -> user, this.hashes, new LoginThrottle(this.clock), this.pauses::add);

	private Authentication attempt(String client, String username, String password) {
		var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(client);
		token.setDetails(new WebAuthenticationDetails(request));
		return this.provider.authenticate(token);
	}

	private void failTimes(int times, String client, String username) {
		for (int i = 0; i < times; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> attempt(client, username, "wrong"));
		}
	}

	@Test
	void signsInTheOwnerWithTheRightPassword() {
		Authentication signedIn = attempt("203.0.113.1", "owner", "right");

		assertThat(signedIn.isAuthenticated()).isTrue();
		assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
	}

	@Test
	void checksTheOwnersHashAlsoForAnUnknownNameAndAnswersTheSame() {
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> attempt("203.0.113.1", "nobody", "right"))
			.withMessage("Bad credentials");
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> attempt("203.0.113.1", "owner", "wrong"))
			.withMessage("Bad credentials");

		assertThat(this.checkedAgainst).containsExactly(HASH, HASH);
	}

	@Test
	void locksAClientOutOfANameAfterFiveFailuresInFifteenMinutes() {
		failTimes(5, "203.0.113.1", "owner");

		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> attempt("203.0.113.1", "owner", "right"));
		assertThat(attempt("203.0.113.2", "owner", "right").isAuthenticated()).isTrue();

		this.clock.advance(Duration.ofMinutes(15).minusMillis(1));
		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> attempt("203.0.113.1", "owner", "right"));
		this.clock.advance(Duration.ofMillis(1));
		assertThat(attempt("203.0.113.1", "owner", "right").isAuthenticated()).isTrue();
	}

	@Test
	void locksOutUnknownNamesAlikeSoNothingTellsWhetherANameExists() {
		failTimes(5, "203.0.113.1", "nobody");

		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> attempt("203.0.113.1", "nobody", "x"));
		assertThat(attempt("203.0.113.1", "owner", "right").isAuthenticated()).isTrue();
	}

	@Test
	void doesNotCheckThePasswordWhileLockedOut() {
		failTimes(5, "203.0.113.1", "owner");
		this.checkedAgainst.clear();

		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> attempt("203.0.113.1", "owner", "x"));
		assertThat(this.checkedAgainst).isEmpty();
	}

	@Test
	void slowsANameDownWhenManyClientsFailButNeverLocksTheOwnerOut() {
		for (int client = 1; client <= 40; client++) {
			failTimes(1, "198.51.100." + client, "owner");
		}
		this.pauses.clear();

		assertThat(attempt("203.0.113.1", "owner", "right").isAuthenticated()).isTrue();
		assertThat(this.pauses).containsExactly(LoginThrottle.MAX_DELAY);

		this.clock.advance(Duration.ofMinutes(15));
		this.pauses.clear();
		attempt("203.0.113.1", "owner", "right");
		assertThat(this.pauses).containsExactly(Duration.ZERO);
	}

	@Test
	void growsTheDelayWithRecentFailures() {
		for (int client = 1; client <= 7; client++) {
			failTimes(1, "198.51.100." + client, "owner");
		}

		assertThat(this.pauses).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
				Duration.ZERO, Duration.ZERO, LoginThrottle.STEP);
	}

	@Test
	void nobodySignsInBeforeThereIsAnOwnerAndTheCheckCostsTheSame() {
		PasswordHashes real = new PasswordHashes();
		OwnerAuthentication noOwner = new OwnerAuthentication((name) -> Optional.empty(), (name) -> false,
				(user, hash) -> user, real, new LoginThrottle(this.clock), this.pauses::add);
		var token = UsernamePasswordAuthenticationToken.unauthenticated("owner", "anything at all");

		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> noOwner.authenticate(token));
		assertThat(PasswordHashes.unsupportedReason(OwnerAuthentication.NOBODY)).isEmpty();
		assertThat(real.upgradeEncoding(OwnerAuthentication.NOBODY)).as("same cost as a current hash").isFalse();
	}

	@Test
	void replacesAnOlderHashThroughThePasswordServiceAfterASuccessfulSignIn() {
		PasswordHashes real = new PasswordHashes();
		List<String> upgrades = new ArrayList<>();
		var bcrypt = User.withUsername("owner").password(OwnerSignInHashes.BCRYPT).roles("ADMIN").build();
		OwnerAuthentication provider = new OwnerAuthentication((name) -> Optional.of(bcrypt), (name) -> false,
				(user, hash) -> {
					upgrades.add(hash);
					return user;
				}, real, new LoginThrottle(this.clock), this.pauses::add);

		provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("owner", OwnerSignInHashes.PASSWORD));
		assertThat(upgrades).singleElement().asString().startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
	}

	/** bcrypt (cost 4) of its password, as an older version may have stored. */
	static final class OwnerSignInHashes {

		static final String BCRYPT = "$2a$04$xxc9FtYkrNMJNqGAhMBfN.ThosFCadHukAaMLHYRrUMGSlMp6X4WO";

		static final String PASSWORD = "correct horse battery staple";

	}

}
