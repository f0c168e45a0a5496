package app.plexinvite.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import app.plexinvite.users.AccessSpan;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting the spans that cover an instant from sorted starts and ends. */
class HoldingCountTest {

	private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

	@Test
	void countsASpanFromItsStartUntilJustBeforeItsEnd() {
		HoldingCount count = HoldingCount.of(List.of(new AccessSpan(T, T.plusSeconds(10)),
				new AccessSpan(T.plusSeconds(5), null), new AccessSpan(T.plusSeconds(7), T.plusSeconds(7))));

		assertThat(count.at(T.minusMillis(1))).isZero();
		assertThat(count.at(T)).isOne();
		assertThat(count.at(T.plusSeconds(5))).isEqualTo(2);
		assertThat(count.at(T.plusSeconds(7))).isEqualTo(2);
		assertThat(count.at(T.plusSeconds(10).minusMillis(1))).isEqualTo(2);
		assertThat(count.at(T.plusSeconds(10))).isOne();
		assertThat(count.at(T.plusSeconds(1_000_000))).isOne();
	}

	@Test
	void agreesWithAskingEverySpanAtEveryInstant() {
		Random random = new Random(9);
		List<AccessSpan> spans = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			Instant start = T.plusSeconds(random.nextInt(1000));
			spans.add(new AccessSpan(start, random.nextBoolean() ? null : start.plusSeconds(random.nextInt(300))));
		}
		HoldingCount count = HoldingCount.of(spans);

		for (int second = -5; second < 1400; second++) {
			Instant at = T.plusSeconds(second);
			assertThat(count.at(at)).as("at %s", at)
				.isEqualTo(spans.stream().filter((span) -> span.covers(at)).count());
		}
	}

}
