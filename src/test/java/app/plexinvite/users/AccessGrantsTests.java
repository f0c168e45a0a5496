package app.plexinvite.users;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.profiles.AccessProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;

/**
 * Recording a grant when someone else writes the same person at the same time: a lost
 * insert or save is tried again against the fresh record, and a holder keeps the end date
 * they had.
 */
class AccessGrantsTests {

	@TempDir
	Path folder;

	private static AccessGrants grants(PeopleFixture fixture, PersonStore store) {
		AccessProfiles profiles = mock(AccessProfiles.class);
		given(profiles.find(anyLong())).willReturn(Optional.empty());
		var clocks = new StaticListableBeanFactory();
		clocks.addBean("clock", fixture.clock);
		PersonLocales locales = new PersonLocales(fixture.jdbc);
		return new AccessGrants(store, profiles, new PeopleNotices(mock(ApplicationEventPublisher.class), locales),
				locales, clocks.getBeanProvider(java.time.Clock.class));
	}

	private static AccessGranted grant(PeopleFixture fixture, Instant endsAt) {
		return new AccessGranted(AccessGranted.Source.LINK, 5, "Family", 7L, "alice", null, 700L, false,
				PeopleFixture.DEFAULT_PROFILE, endsAt, fixture.clock.instant(), null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void updatesThePersonAnotherWriterInsertedFirst(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		PersonStore store = spy(fixture.store);
		// Between the grant's look-up and its insert, the sync imports the same account.
		doAnswer((call) -> {
			if (store.findByAccount(7L).isEmpty()) {
				fixture.store.insert(PeopleFixture.person("alice", 7L, PersonState.ACCEPTED), fixture.clock.instant());
			}
			return call.callRealMethod();
		}).when(store).insert(any(), any());

		grants(fixture, store).granted(grant(fixture, null));

		assertThat(fixture.store.everyone()).singleElement().satisfies((person) -> {
			assertThat(person.origin()).as("the first writer's").isEqualTo(PersonOrigin.REQUEST);
			assertThat(person.profileId()).isEqualTo(PeopleFixture.DEFAULT_PROFILE);
			assertThat(person.plexShareId()).isEqualTo(700L);
			assertThat(person.state()).isEqualTo(PersonState.ACCEPTED);
			assertThat(fixture.store.history(person.id())).extracting(PersonEvent::actor)
				.containsExactly("link Family");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void savesAgainFromTheFreshRecordWhenASaveLost(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person alice = fixture.insert(PeopleFixture.person("alice", 7L, PersonState.PENDING));
		PersonStore store = spy(fixture.store);
		// The first save finds the row written meanwhile (a sync saw them accept).
		doAnswer((call) -> {
			Person fresh = fixture.store.find(alice.id()).orElseThrow();
			if (fresh.version() == alice.version()) {
				fixture.store.save(fresh.withState(PersonState.ACCEPTED), fixture.clock.instant());
			}
			return call.callRealMethod();
		}).when(store).save(any(), any());

		grants(fixture, store).granted(grant(fixture, null));

		Person after = fixture.store.find(alice.id()).orElseThrow();
		assertThat(after.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(after.plexShareId()).isEqualTo(700L);
		assertThat(after.version()).isEqualTo(alice.version() + 2);
		assertThat(fixture.store.history(alice.id())).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void aNewGrantNeitherClearsNorMovesAHoldersEndDate(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Instant ownersEnd = fixture.clock.instant().plus(Duration.ofDays(10));
		Person alice = fixture
			.insert(PeopleFixture.person("alice", 7L, PersonState.ACCEPTED).withAccessEndsAt(ownersEnd));

		grants(fixture, fixture.store).granted(grant(fixture, null));
		grants(fixture, fixture.store).granted(grant(fixture, ownersEnd.plus(Duration.ofDays(30))));

		assertThat(fixture.store.find(alice.id()).orElseThrow().accessEndsAt()).isEqualTo(ownersEnd);
		assertThat(fixture.store.history(alice.id())).extracting(PersonEvent::detail)
			.allSatisfy((detail) -> assertThat(detail).contains("kept the end date"));
	}

}
