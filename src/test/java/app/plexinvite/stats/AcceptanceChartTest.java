package app.plexinvite.stats;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits for acceptance in buckets, and their median. */
class AcceptanceChartTest {

	@Test
	void putsEachWaitInItsBucketWithTheUpperBoundInTheNextOne() {
		assertThat(AcceptanceChart.bucket(Duration.ZERO)).isZero();
		assertThat(AcceptanceChart.bucket(Duration.ofMinutes(59))).isZero();
		assertThat(AcceptanceChart.bucket(Duration.ofHours(1))).isOne();
		assertThat(AcceptanceChart.bucket(Duration.ofHours(6))).isEqualTo(2);
		assertThat(AcceptanceChart.bucket(Duration.ofHours(23))).isEqualTo(2);
		assertThat(AcceptanceChart.bucket(Duration.ofHours(24))).isEqualTo(3);
		assertThat(AcceptanceChart.bucket(Duration.ofDays(3).minusSeconds(1))).isEqualTo(3);
		assertThat(AcceptanceChart.bucket(Duration.ofDays(3))).isEqualTo(4);
		assertThat(AcceptanceChart.bucket(Duration.ofDays(300))).isEqualTo(4);
	}

	@Test
	void countsPerBucketAndTellsTheMedian() {
		ChartTable table = AcceptanceChart.table(List.of(Duration.ofMinutes(5), Duration.ofHours(2),
				Duration.ofHours(3), Duration.ofDays(5), Duration.ofMinutes(30)));

		assertThat(table.rows()).extracting((row) -> row.values().get(0)).containsExactly(2L, 2L, 0L, 0L, 1L);
		assertThat(table.note().args()).containsExactly(2.0);
		assertThat(AcceptanceChart.median(List.of(Duration.ofHours(1), Duration.ofHours(4))))
			.isEqualTo(Duration.ofMinutes(150));
		assertThat(AcceptanceChart.table(List.of()).note()).isNull();
		assertThat(AcceptanceChart.table(List.of()).empty()).isTrue();
	}

}
