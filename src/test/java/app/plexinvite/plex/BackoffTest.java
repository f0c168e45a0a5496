package app.plexinvite.plex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private final Backoff backoff = new Backoff(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void doublesFromOneSecondUpToThirtySeconds() {
		assertThat(IntStream.range(0, 8).mapToObj((retry) -> this.backoff.delay(retry, null)).map(Duration::toSeconds))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
	}

	@Test
	void honoursRetryAfterInSeconds() {
		assertThat(this.backoff.delay(0, "7")).isEqualTo(Duration.ofSeconds(7));
		assertThat(this.backoff.delay(3, "0")).isEqualTo(Duration.ZERO);
	}

	@Test
	void honoursRetryAfterAsAnHttpDate() {
		String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.ofInstant(NOW.plusSeconds(12), ZoneOffset.UTC));

		assertThat(this.backoff.delay(0, inTwelveSeconds)).isEqualTo(Duration.ofSeconds(12));
	}

	@Test
	void capsAnUnreasonableRetryAfterAndIgnoresGarbage() {
		assertThat(this.backoff.delay(0, "86400")).isEqualTo(Backoff.RETRY_AFTER_CAP);
		assertThat(this.backoff.delay(0, "99999999999999999999")).isEqualTo(Backoff.RETRY_AFTER_CAP);
		assertThat(this.backoff.delay(1, "soon")).isEqualTo(Duration.ofSeconds(2));
	}

}
