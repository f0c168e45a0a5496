package app.plexinvite.users;

import org.junit.jupiter.api.Test;

import app.plexinvite.plex.ShareSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters read from a share become the person's own profile without refusing what a
 * profile cannot hold; Plex gets the strings back unchanged.
 */
class KeptFiltersTest {

	@Test
	void readsLabelsAndRatingsInBothSeparators() {
		KeptFilters kept = KeptFilters
			.of(new ShareSettings(false, false, false, "contentRating=G%2CPG|label!=adult,horror", "year=2020", ""));

		assertThat(kept.movies().allowRatings()).containsExactly("G", "PG");
		assertThat(kept.movies().denyLabels()).containsExactly("adult", "horror");
		assertThat(kept.television().isEmpty()).isTrue();
		assertThat(kept.music().isEmpty()).isTrue();
	}

	@Test
	void toleratesOddFiltersAndKeepsThemOnTheWire() {
		ShareSettings odd = new ShareSettings(true, false, false, "label=a=b%2Ckids|label!=|=x|contentRating", null,
				"||");

		KeptFilters kept = KeptFilters.of(odd);

		assertThat(kept.movies().allowLabels()).containsExactly("kids");
		assertThat(kept.movies().denyLabels()).isEmpty();
		assertThat(kept.television().isEmpty()).isTrue();
		assertThat(kept.with(false, true, true).filterMovies()).isEqualTo(odd.filterMovies());
	}

}
