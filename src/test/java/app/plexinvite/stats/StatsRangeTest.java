package app.plexinvite.stats;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The days a statistics page shows: defaults, one date given, and what is refused. */
class StatsRangeTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

	@Test
	void showsTheLastThirtyDaysWhenNothingIsAsked() {
		StatsRange range = StatsRange.parse(null, " ", TODAY);

		assertThat(range).isEqualTo(new StatsRange(LocalDate.parse("2026-05-17"), TODAY));
		assertThat(range.days()).isEqualTo(30);
		assertThat(range.start()).hasToString("2026-05-17T00:00:00Z");
		assertThat(range.end()).hasToString("2026-06-16T00:00:00Z");
	}

	@Test
	void fillsAMissingDateWithThirtyDays() {
		assertThat(StatsRange.parse("2026-01-01", null, TODAY))
			.isEqualTo(new StatsRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-30")));
		assertThat(StatsRange.parse("", "2026-01-30", TODAY))
			.isEqualTo(new StatsRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-30")));
	}

	@Test
	void takesOneDayAndUpToThreeYears() {
		assertThat(StatsRange.parse("2026-06-15", "2026-06-15", TODAY).days()).isOne();
		assertThat(StatsRange.parse(" 2023-06-15 ", "2026-06-14", TODAY).days()).isEqualTo(StatsRange.MAX_DAYS);
		assertThat(StatsRange.last(365, TODAY)).isEqualTo(new StatsRange(LocalDate.parse("2025-06-16"), TODAY));
	}

	@Test
	void refusesDatesThatDoNotParse() {
		for (String bad : new String[] { "15.06.2026", "2026-02-30", "yesterday", "2026-6-1", "+999999999-12-31",
				"1969-12-31" }) {
			assertThatThrownBy(() -> StatsRange.parse(bad, "2026-06-15", TODAY)).as(bad)
				.isInstanceOfSatisfying(StatsRange.RangeRefused.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("stats.range.invalidDate"));
		}
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(() -> StatsRange.parse("2026-06-15", "2026-06-14", TODAY)).isInstanceOfSatisfying(
				StatsRange.RangeRefused.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("stats.range.order"));
	}

	@Test
	void refusesMoreThanThreeYears() {
		assertThatThrownBy(() -> StatsRange.parse("2023-06-14", "2026-06-14", TODAY)).isInstanceOfSatisfying(
				StatsRange.RangeRefused.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("stats.range.tooLong"));
		assertThatThrownBy(() -> StatsRange.parse("0001-01-01", "2026-06-15", TODAY))
			.isInstanceOf(StatsRange.RangeRefused.class);
	}

}
