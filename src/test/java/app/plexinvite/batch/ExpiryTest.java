package app.plexinvite.batch;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpiryTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@Test
	void aDurationCountsFromTheHandOver() {
		Instant later = NOW.plusSeconds(3600);
		assertThat(Expiry.parse("30d", NOW).endsAt(later)).isEqualTo(Instant.parse("2026-05-31T11:00:00Z"));
		assertThat(Expiry.parse("12W", NOW).endsAt(NOW)).isEqualTo(Instant.parse("2026-07-24T10:00:00Z"));
		assertThat(Expiry.parse("6m", NOW).endsAt(NOW)).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
		assertThat(Expiry.parse("1y", NOW).endsAt(NOW)).isEqualTo(Instant.parse("2027-05-01T10:00:00Z"));
	}

	@Test
	void aDateEndsAtTheStartOfThatUtcDay() {
		assertThat(Expiry.parse("2027-03-01", NOW).endsAt(NOW.plusSeconds(99)))
			.isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
	}

	@Test
	void refusesWhatIsNeitherPastDatesZeroAndMoreThanTenYears() {
		for (String bad : new String[] { "soon", "30", "0d", "2026-04-30", "2026-05-01", "11y", "2037-01-01",
				"01.03.2027", "30 days" }) {
			assertThatThrownBy(() -> Expiry.parse(bad, NOW)).as(bad).isInstanceOf(Expiry.Invalid.class);
		}
	}

}
