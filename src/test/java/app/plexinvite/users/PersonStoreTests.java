package app.plexinvite.users;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The person table on both databases: optimistic saves, matching and holders. */
class PersonStoreTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void refusesASaveFromAStaleCopyAndKeepsTheFirstWriter(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person stored = fixture.insert(PeopleFixture.person("alice", 1L, PersonState.PENDING));
		fixture.clock.advance(Duration.ofSeconds(1));

		assertThat(fixture.store.save(stored.withState(PersonState.ACCEPTED), fixture.clock.instant())).isTrue();
		assertThat(fixture.store.save(stored.withNote("stale"), fixture.clock.instant())).isFalse();

		Person now = fixture.store.find(stored.id()).orElseThrow();
		assertThat(now.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(now.note()).isNull();
		assertThat(now.updatedAt()).isEqualTo(fixture.clock.instant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void findsPeopleByAccountAndByNameIgnoringCase(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person alice = fixture.insert(PeopleFixture.person("Alice", 1L, PersonState.ACCEPTED));
		Person bob = fixture.insert(PeopleFixture.person("bob", null, PersonState.PENDING));

		assertThat(fixture.store.findByAccount(1)).contains(alice);
		assertThat(fixture.store.findByAccount(2)).isEmpty();
		assertThat(fixture.store.findByName("ALICE")).containsExactly(alice);
		assertThat(fixture.store.findByName("Bob@Example.com")).containsExactly(bob);
		assertThat(fixture.store.findByName("carol")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void listsHoldersOfAProfileByNameLeavingOutThoseWithoutAccess(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		long profile = PeopleFixture.DEFAULT_PROFILE;
		Person zoe = fixture.insert(PeopleFixture.person("zoe", 1L, PersonState.ACCEPTED).withProfileId(profile));
		Person amy = fixture.insert(PeopleFixture.person("amy", 2L, PersonState.PENDING).withProfileId(profile));
		fixture.insert(PeopleFixture.person("rex", 3L, PersonState.REVOKED).withProfileId(profile));
		fixture.insert(PeopleFixture.person("kim", 4L, PersonState.ACCEPTED));

		assertThat(fixture.store.findHolding(profile)).extracting(Person::id).containsExactly(amy.id(), zoe.id());
		assertThat(new PeopleHolders(fixture.store).holdersOf(profile)).extracting((h) -> h.source() + " " + h.name())
			.containsExactly("person amy", "person zoe");
		assertThat(fixture.store.findHolding(profile + 1)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void marksPeopleSeenSoThatACopyReadBeforeCannotWriteTheOldMissingCountBack(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person alice = fixture.insert(PeopleFixture.person("alice", 1L, PersonState.ACCEPTED).withMissingSyncs(1));
		fixture.clock.advance(Duration.ofMinutes(5));

		fixture.store.seen(List.of(alice.id()), fixture.clock.instant());

		Person seen = fixture.store.find(alice.id()).orElseThrow();
		assertThat(seen.lastSeenAt()).isEqualTo(fixture.clock.instant());
		assertThat(seen.missingSyncs()).isZero();
		assertThat(seen.updatedAt()).isEqualTo(alice.updatedAt());
		assertThat(fixture.store.save(alice.withNote("stale copy"), fixture.clock.instant())).isFalse();
		assertThat(fixture.store.save(seen.withNote("fresh copy"), fixture.clock.instant())).isTrue();
		assertThat(fixture.store.find(alice.id()).orElseThrow().missingSyncs()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void catchesAConflictInTheSameMillisecondAndWhenTheClockStepsBack(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person stored = fixture.insert(PeopleFixture.person("alice", 1L, PersonState.PENDING));

		assertThat(fixture.store.save(stored.withState(PersonState.ACCEPTED), stored.updatedAt())).isTrue();
		assertThat(fixture.store.save(stored.withNote("same millisecond"), stored.updatedAt())).isFalse();
		Person accepted = fixture.store.find(stored.id()).orElseThrow();
		assertThat(fixture.store.save(accepted.withNote("earlier"), stored.updatedAt().minusSeconds(60))).isTrue();
		assertThat(fixture.store.save(accepted.withNote("stale"), stored.updatedAt().plusSeconds(60))).isFalse();

		Person now = fixture.store.find(stored.id()).orElseThrow();
		assertThat(now.version()).isEqualTo(stored.version() + 2);
		assertThat(now.note()).isEqualTo("earlier");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void matchesNonAsciiNamesWhateverTheirCase(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person zoe = fixture
			.insert(PeopleFixture.person("ÉLODIE", 1L, PersonState.ACCEPTED).withEmail("Øyvind@Example.com"));

		assertThat(fixture.store.findByName("élodie")).containsExactly(zoe);
		assertThat(fixture.store.findByName("øyvind@example.com")).containsExactly(zoe);
		assertThat(new PersonIndex(List.of(zoe)).match(null, "Élodie", null)).contains(zoe);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void listsSomeoneWithoutAnyNameByTheirIdNotByZero(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person nameless = fixture.insert(PeopleFixture.person(null, 1L, PersonState.ACCEPTED));

		assertThat(nameless.displayName()).isEqualTo("#" + nameless.id());
		assertThat(fixture.jdbc.sql("SELECT name_key FROM person WHERE id = :id")
			.param("id", nameless.id())
			.query(String.class)
			.single()).isEqualTo("#" + nameless.id());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void writesKeysTheDatabaseLoweredAgainInJava(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person zoe = fixture.insert(PeopleFixture.person("ÉLODIE", 1L, PersonState.ACCEPTED));
		fixture.jdbc.sql("UPDATE person SET name_key = 'Élodie', username_key = 'Élodie', search_key = ''").update();
		PersonKeys keys = new PersonKeys(fixture.jdbc);

		assertThat(keys.rekey()).isEqualTo(1);
		assertThat(keys.rekey()).isZero();
		assertThat(fixture.store.findByName("élodie")).containsExactly(zoe);
	}

}
