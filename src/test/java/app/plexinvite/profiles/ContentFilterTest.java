package app.plexinvite.profiles;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ContentFilterTest {

	@Test
	void readsBackEveryKindFromTheStringItWrites() {
		ContentFilter filter = new ContentFilter(List.of("kids", "family"), List.of("adult"), List.of("G"),
				List.of("R", "NC-17"));

		assertThat(filter.wire())
			.isEqualTo("contentRating=G|contentRating!=R%2CNC-17|label=kids%2Cfamily|label!=adult");
		assertThat(ContentFilter.fromWire(filter.wire())).isEqualTo(filter);
		assertThat(ContentFilter.fromWire("")).isEqualTo(ContentFilter.none());
	}

	@Test
	void refusesAStringItDidNotWrite() {
		assertThatIllegalArgumentException().isThrownBy(() -> ContentFilter.fromWire("year=1999"));
	}

}
