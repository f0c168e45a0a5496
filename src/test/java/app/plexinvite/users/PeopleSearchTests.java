package app.plexinvite.users;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.plexinvite.users.PersonQuery.ExpiryFilter;
import app.plexinvite.users.PersonQuery.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/** Search, filters, sorting, paging and counts on both databases. */
class PeopleSearchTests {

	@TempDir
	Path folder;

	private static PersonQuery query(String text, Set<PersonState> states, ExpiryFilter expiry, Sort sort,
			boolean descending) {
		return new PersonQuery(text, states, null, null, expiry, sort, descending, 0, 50);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void findsByTextInNameEmailTitleOrNoteWithWildcardsTakenLiterally(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		fixture.insert(PeopleFixture.person("alice", 1L, PersonState.ACCEPTED).withTitle("Alice Liddell"));
		fixture.insert(PeopleFixture.person("bob", 2L, PersonState.ACCEPTED).withNote("Met at 100% Club"));
		fixture.insert(PeopleFixture.person("carol_x", 3L, PersonState.PENDING));
		fixture.insert(PeopleFixture.person("carolyx", 4L, PersonState.PENDING));
		PeopleSearch search = fixture.search();

		assertThat(names(search.find(query("LIDDELL", Set.of(), null, Sort.NAME, false)))).containsExactly("alice");
		assertThat(names(search.find(query("100%", Set.of(), null, Sort.NAME, false)))).containsExactly("bob");
		assertThat(names(search.find(query("carol_", Set.of(), null, Sort.NAME, false)))).containsExactly("carol_x");
		assertThat(names(search.find(query("@EXAMPLE", Set.of(PersonState.PENDING), null, Sort.NAME, true))))
			.containsExactly("carolyx", "carol_x");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void findsNonAsciiNamesTitlesAndNotesWhateverTheCase(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		fixture.insert(PeopleFixture.person("Ørjan", 1L, PersonState.ACCEPTED).withTitle("Ørjan Ødegård"));
		fixture.insert(PeopleFixture.person("zoë", 2L, PersonState.ACCEPTED).withNote("Ärztin aus München"));
		fixture.insert(PeopleFixture.person("олег", 3L, PersonState.ACCEPTED));
		PeopleSearch search = fixture.search();

		assertThat(names(search.find(query("ØDEGÅRD", Set.of(), null, Sort.NAME, false)))).containsExactly("Ørjan");
		assertThat(names(search.find(query("ZOË", Set.of(), null, Sort.NAME, false)))).containsExactly("zoë");
		assertThat(names(search.find(query("ärztin AUS MÜNCHEN", Set.of(), null, Sort.NAME, false))))
			.containsExactly("zoë");
		assertThat(names(search.find(query("ОЛЕГ", Set.of(), null, Sort.NAME, false)))).containsExactly("олег");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void filtersByOriginProfileAndEndOfAccess(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Instant now = fixture.clock.instant();
		fixture.insert(PeopleFixture.person("soon", 1L, PersonState.ACCEPTED)
			.withAccessEndsAt(now.plus(Duration.ofDays(2)))
			.withProfileId(PeopleFixture.DEFAULT_PROFILE));
		fixture.insert(PeopleFixture.person("later", 2L, PersonState.ACCEPTED)
			.withAccessEndsAt(now.plus(Duration.ofDays(20))));
		fixture.insert(PeopleFixture.person("overdue", 3L, PersonState.PENDING).withAccessEndsAt(now.minusSeconds(1)));
		fixture.insert(PeopleFixture.person("expired", 4L, PersonState.EXPIRED).withAccessEndsAt(now.minusSeconds(9)));
		fixture.insert(PeopleFixture.person("forever", 5L, PersonState.ACCEPTED).withOrigin(PersonOrigin.IMPORTED));
		PeopleSearch search = fixture.search();

		assertThat(names(search.find(query(null, Set.of(), ExpiryFilter.SOON, Sort.NAME, false))))
			.containsExactly("soon");
		assertThat(names(search.find(query(null, Set.of(), ExpiryFilter.ENDED, Sort.NAME, false))))
			.containsExactly("expired", "overdue");
		assertThat(names(search.find(query(null, Set.of(), ExpiryFilter.NONE, Sort.NAME, false))))
			.containsExactly("forever");
		assertThat(names(search
			.find(new PersonQuery(null, Set.of(), PersonOrigin.IMPORTED, null, null, Sort.NAME, false, 0, 50))))
			.containsExactly("forever");
		assertThat(names(search
			.find(new PersonQuery(null, Set.of(), null, PeopleFixture.DEFAULT_PROFILE, null, Sort.NAME, false, 0, 50))))
			.containsExactly("soon");
		assertThat(names(search.find(query(null, Set.of(), null, Sort.EXPIRES, false)))).containsExactly("expired",
				"overdue", "soon", "later", "forever");
		assertThat(names(search.find(query(null, Set.of(), null, Sort.EXPIRES, true)))).containsExactly("later", "soon",
				"overdue", "expired", "forever");

		PeopleCounts counts = search.counts();
		assertThat(counts.byState()).containsEntry(PersonState.ACCEPTED, 3L)
			.containsEntry(PersonState.PENDING, 1L)
			.containsEntry(PersonState.EXPIRED, 1L)
			.containsEntry(PersonState.GONE, 0L);
		assertThat(counts.expiringSoon()).isEqualTo(1);
		assertThat(counts.withAccess()).isEqualTo(4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void pagesThroughTenThousandPeopleInAStableOrder(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		fixture.transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < 10_000; i++) {
				PersonState state = (i % 10 == 0) ? PersonState.PENDING : PersonState.ACCEPTED;
				// Every name twice, so that only the id orders the twins.
				fixture.insert(PeopleFixture.person("friend" + String.format("%05d", i / 2), (long) i + 1, state)
					.withNote((i == 7777) ? "the needle" : null));
			}
		});
		PeopleSearch search = fixture.search();

		PersonPage first = search.find(new PersonQuery(null, Set.of(), null, null, null, Sort.NAME, false, 0, 50));
		PersonPage second = search.find(new PersonQuery(null, Set.of(), null, null, null, Sort.NAME, false, 1, 50));
		PersonPage last = search.find(new PersonQuery(null, Set.of(), null, null, null, Sort.NAME, false, 199, 50));
		assertThat(first.total()).isEqualTo(10_000);
		assertThat(first.pages()).isEqualTo(200);
		assertThat(names(first)).startsWith("friend00000", "friend00000", "friend00001").hasSize(50);
		assertThat(first.people().get(0).id()).isLessThan(first.people().get(1).id());
		assertThat(names(second).get(0)).isEqualTo("friend00025");
		assertThat(names(last)).endsWith("friend04999");
		assertThat(last.hasNext()).isFalse();
		assertThat(search.find(query("NEEDLE", Set.of(), null, Sort.NAME, false)).people()).singleElement()
			.extracting(Person::username)
			.isEqualTo("friend03888");
		PersonPage pending = search.find(query(null, Set.of(PersonState.PENDING), null, Sort.JOINED, true));
		assertThat(pending.total()).isEqualTo(1_000);
		assertThat(search.counts().byState()).containsEntry(PersonState.ACCEPTED, 9_000L);
	}

	private static java.util.List<String> names(PersonPage page) {
		return page.people().stream().map(Person::displayName).toList();
	}

}
