package app.plexinvite.security;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import app.plexinvite.support.MutableClock;

/** A clock the two-step sign-in tests move by hand, so TOTP steps are known. */
@TestConfiguration(proxyBeanMethods = false)
class TwoStepFixture {

	static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

	@Bean
	MutableClock testClock() {
		return new MutableClock(START);
	}

}
