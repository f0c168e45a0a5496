package app.plexinvite.invite;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryDelayTest {

	@Test
	void waitsThirtySecondsAfterTheFirstAttemptAndDoubles() {
		assertThat(RetryDelay.after(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(RetryDelay.after(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(RetryDelay.after(3)).isEqualTo(Duration.ofSeconds(120));
		assertThat(RetryDelay.after(7)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void neverWaitsMoreThanAnHourHoweverManyAttempts() {
		assertThat(RetryDelay.after(8)).isEqualTo(Duration.ofHours(1));
		assertThat(RetryDelay.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void growsWithEveryAttempt() {
		for (int attempts = 1; attempts < 8; attempts++) {
			assertThat(RetryDelay.after(attempts + 1)).isGreaterThan(RetryDelay.after(attempts));
		}
	}

}
