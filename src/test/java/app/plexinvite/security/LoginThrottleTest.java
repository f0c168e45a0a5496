package app.plexinvite.security;

import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final LoginThrottle throttle = new LoginThrottle(new MutableClock(Instant.parse("2026-05-01T10:00:00Z")));

	@Test
	void countsNamesLongerThanAnyOwnerNameAsOneSoTheyCannotFillMemory() {
		String junk = "x".repeat(LoginThrottle.LONGEST_NAME);
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			this.throttle.failed("203.0.113.9", junk + i + "y".repeat(100_000));
		}

		assertThat(this.throttle.lockedOut("203.0.113.9", junk + "another")).isTrue();
		assertThat(this.throttle.lockedOut("203.0.113.9", "owner")).isFalse();
		assertThat(this.throttle.delayFor(junk + "z")).isZero();
	}

	@Test
	void stillTellsNamesUpToTheLongestOwnerNameApart() {
		String name = "n".repeat(LoginThrottle.LONGEST_NAME - 1);
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			this.throttle.failed("203.0.113.9", name + "a");
		}

		assertThat(this.throttle.lockedOut("203.0.113.9", name + "a")).isTrue();
		assertThat(this.throttle.lockedOut("203.0.113.9", name + "b")).isFalse();
	}

	@Test
	void countsLockOutsAndRefusedGuessesAsRateLimitRejections() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		LoginThrottle counted = new LoginThrottle(new MutableClock(Instant.parse("2026-05-01T10:00:00Z")),
				new RateLimitRejections(meters));
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			assertThat(counted.lockedOut("203.0.113.9", "owner")).isFalse();
			counted.failed("203.0.113.9", "owner");
		}
		for (int i = 0; i < LoginThrottle.SECOND_FACTOR_FAILURES; i++) {
			assertThat(counted.tryGuess("owner")).isTrue();
		}

		assertThat(counted.lockedOut("203.0.113.9", "owner")).isTrue();
		assertThat(counted.tryGuess("owner")).isFalse();
		assertThat(meters.get(RateLimitRejections.METER).tag("limit", "sign_in").counter().count()).isEqualTo(1);
		assertThat(meters.get(RateLimitRejections.METER).tag("limit", "second_factor").counter().count()).isEqualTo(1);
	}

}
