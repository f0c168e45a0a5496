package app.plexinvite.admin;

import java.util.Set;

import org.junit.jupiter.api.Test;

import app.plexinvite.users.PersonOrigin;
import app.plexinvite.users.PersonQuery;
import app.plexinvite.users.PersonQuery.ExpiryFilter;
import app.plexinvite.users.PersonQuery.Sort;
import app.plexinvite.users.PersonState;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleFiltersTest {

	private final PeopleFilters filtered = new PeopleFilters("dana lee", Set.of(PersonState.PENDING), PersonOrigin.LINK,
			4L, ExpiryFilter.SOON, Sort.JOINED, true, 3);

	@Test
	void leavesDefaultsOutOfTheAddress() {
		assertThat(new PeopleFilters(" ", null, null, null, null, null, false, 0).href()).isEqualTo("/admin/users");
	}

	@Test
	void keepsEveryFilterInTheAddressOfTheNextPage() {
		assertThat(this.filtered.atPage(4))
			.isEqualTo("/admin/users?q=dana%20lee&state=PENDING&origin=LINK&profile=4&expiry=SOON&sort=JOINED"
					+ "&dir=desc&page=4");
	}

	@Test
	void startsAgainAtTheFirstPageWhenAFilterChanges() {
		assertThat(this.filtered.withState(PersonState.GONE)).contains("state=GONE").doesNotContain("page=");
		assertThat(this.filtered.withState(null)).doesNotContain("state=");
		assertThat(this.filtered.withExpiry("ENDED")).contains("expiry=ENDED").doesNotContain("page=");
	}

	@Test
	void reversesTheOrderOnlyWhenTheSameColumnIsChosenAgain() {
		PeopleFilters byName = new PeopleFilters(null, null, null, null, null, Sort.NAME, false, 1);

		assertThat(byName.sortedBy("NAME")).isEqualTo("/admin/users?sort=NAME&dir=desc");
		assertThat(byName.sortedBy("STATE")).isEqualTo("/admin/users?sort=STATE&dir=asc");
		assertThat(this.filtered.sortedBy("JOINED")).contains("sort=JOINED&dir=asc");
		assertThat(byName.ariaSort("NAME")).isEqualTo("ascending");
		assertThat(byName.ariaSort("STATE")).isEqualTo("none");
	}

	@Test
	void asksForTheZeroBasedPageOfTheOneBasedAddress() {
		assertThat(this.filtered.query(50)).isEqualTo(new PersonQuery("dana lee", Set.of(PersonState.PENDING),
				PersonOrigin.LINK, 4L, ExpiryFilter.SOON, Sort.JOINED, true, 2, 50));
	}

}
