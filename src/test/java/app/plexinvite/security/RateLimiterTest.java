package app.plexinvite.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimiterTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private RateLimiter limiter(String limits) {
		return new RateLimiter(RateLimit.parseAll(limits), this.clock, 100);
	}

	@Test
	void letsFiveThroughAndRefusesTheSixthUntilSixtySecondsHavePassed() {
		RateLimiter limiter = limiter("5/minute");
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.tryAcquire("a")).as("request " + (i + 1)).isEmpty();
		}
		this.clock.advance(Duration.ofMillis(59_999));
		assertThat(limiter.tryAcquire("a")).contains(Duration.ofMillis(1));

		this.clock.advance(Duration.ofMillis(1));
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.tryAcquire("a")).as("request " + (i + 1) + " of the second minute").isEmpty();
		}
		assertThat(limiter.tryAcquire("a")).contains(Duration.ofMinutes(1));
	}

	@Test
	void freesOneSlotWhenTheOldestRequestLeavesTheWindow() {
		RateLimiter limiter = limiter("5/minute");
		limiter.tryAcquire("a");
		this.clock.advance(Duration.ofSeconds(30));
		for (int i = 0; i < 4; i++) {
			limiter.tryAcquire("a");
		}
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(limiter.tryAcquire("a")).isEmpty();
		assertThat(limiter.tryAcquire("a")).contains(Duration.ofSeconds(30));
	}

	@Test
	void neverLetsASixthThroughInAnySixtySecondsWhenRequestsAreSpreadOut() {
		RateLimiter limiter = limiter("5/minute");
		int admittedInFirstMinute = 0;
		for (int second = 0; second < 60; second++) {
			if (limiter.tryAcquire("a").isEmpty()) {
				admittedInFirstMinute++;
			}
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(admittedInFirstMinute).isEqualTo(5);
	}

	@Test
	void appliesTheHourlyLimitAcrossMinutes() {
		RateLimiter limiter = limiter("5/minute;20/hour");
		int admitted = 0;
		for (int minute = 0; minute < 59; minute++) {
			for (int i = 0; i < 10; i++) {
				admitted += limiter.tryAcquire("a").isEmpty() ? 1 : 0;
			}
			this.clock.advance(Duration.ofMinutes(1));
		}
		assertThat(admitted).isEqualTo(20);
		assertThat(limiter.tryAcquire("a"))
			.hasValueSatisfying((wait) -> assertThat(wait).isEqualTo(Duration.ofMinutes(1)));
	}

	@Test
	void countsEachKeyOnItsOwn() {
		RateLimiter limiter = limiter("1/hour");
		assertThat(limiter.tryAcquire("a")).isEmpty();
		assertThat(limiter.tryAcquire("b")).isEmpty();
		assertThat(limiter.tryAcquire("a")).isPresent();
	}

	@Test
	void forgetsKeysOnceTheirWindowsAreEmpty() {
		RateLimiter limiter = limiter("2/minute;3/hour");
		limiter.tryAcquire("a");
		limiter.tryAcquire("b");
		this.clock.advance(Duration.ofMinutes(60));
		limiter.tryAcquire("c");
		assertThat(limiter.size()).isEqualTo(1);
	}

	@Test
	void remembersNoMoreThanItsMaximumOfKeys() {
		RateLimiter limiter = new RateLimiter(List.of(new RateLimit(1, Duration.ofDays(1))), this.clock, 3);
		for (int i = 0; i < 10; i++) {
			limiter.tryAcquire("client-" + i);
		}
		assertThat(limiter.size()).isEqualTo(3);
		assertThat(limiter.tryAcquire("client-9")).isPresent();
	}

	@Test
	void readsEveryUnitAndRefusesAnythingElse() {
		assertThat(RateLimit.parseAll("5/second; 20 / Minute;3/hour;1/day")).containsExactly(
				new RateLimit(5, Duration.ofSeconds(1)), new RateLimit(20, Duration.ofMinutes(1)),
				new RateLimit(3, Duration.ofHours(1)), new RateLimit(1, Duration.ofDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.parseAll("5 per minute"))
			.withMessageContaining("5/minute;20/hour");
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.parseAll("5/week"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.parseAll("0/minute"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.parseAll(""));
	}

}
