package app.plexinvite.users;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.plexinvite.plex.ServerShares.ServerShare;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing a sync's plan when someone wrote a person between the plan and the write: the
 * person is merged again from the fresh copy, and an answer older than the change never
 * undoes it.
 */
class SyncWriterTests {

	@TempDir
	Path folder;

	private static ServerShare listed(Person person, long shareId) {
		return new ServerShare(shareId, person.plexAccountId(), person.username(), person.email(), "Listed Title", true,
				true, List.of(), null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void aRevokeAfterPlexWasAskedSurvivesTheStaleListing(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person alice = fixture.insert(PeopleFixture.person("alice", 1L, PersonState.ACCEPTED));
		fixture.clock.advance(Duration.ofMinutes(1));
		Instant asked = fixture.clock.instant();
		List<Person> everyone = fixture.store.everyone();
		ShareMerge.Plan plan = new ShareMerge(asked, asked).plan(everyone, List.of(listed(alice, alice.plexShareId())),
				true);
		// The owner revokes while plex.tv's answer is on its way (same millisecond).
		assertThat(fixture.store.save(alice.withState(PersonState.REVOKED).withPlexShareId(null), asked)).isTrue();

		fixture.transaction.executeWithoutResult((status) -> new SyncWriter(fixture.store).write(plan, asked));

		Person after = fixture.store.find(alice.id()).orElseThrow();
		assertThat(after.state()).isEqualTo(PersonState.REVOKED);
		assertThat(after.plexShareId()).isNull();
		assertThat(after.title()).isEqualTo("Listed Title");
		assertThat(fixture.store.history(alice.id())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void mergesAgainFromTheFreshCopyWhenAnOlderChangeLandedFirst(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person bob = fixture.insert(PeopleFixture.person("bob", 2L, PersonState.PENDING));
		List<Person> everyone = fixture.store.everyone();
		// A note saved before plex.tv was asked, but after the plan's copy was read.
		assertThat(fixture.store.save(bob.withNote("owner's note"), fixture.clock.instant())).isTrue();
		fixture.clock.advance(Duration.ofMinutes(1));
		Instant asked = fixture.clock.instant();
		ShareMerge.Plan plan = new ShareMerge(asked, asked).plan(everyone, List.of(listed(bob, 555)), true);

		fixture.transaction.executeWithoutResult((status) -> new SyncWriter(fixture.store).write(plan, asked));

		Person after = fixture.store.find(bob.id()).orElseThrow();
		assertThat(after.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(after.plexShareId()).isEqualTo(555L);
		assertThat(after.note()).as("the owner's change kept").isEqualTo("owner's note");
		assertThat(fixture.store.history(bob.id())).extracting(PersonEvent::kind)
			.containsExactly(PersonEvent.Kind.ACCEPTED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void countsNobodyMissingWhoWasSharedAgainAfterPlexWasAsked(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person carol = fixture.insert(PeopleFixture.person("carol", 3L, PersonState.ACCEPTED).withMissingSyncs(1));
		fixture.clock.advance(Duration.ofMinutes(1));
		Instant asked = fixture.clock.instant();
		ShareMerge.Plan plan = new ShareMerge(asked, asked).plan(fixture.store.everyone(), List.of(), true);
		assertThat(fixture.store.save(carol.withPlexShareId(777L), asked.plusMillis(5))).isTrue();

		SyncWriter.Written written = fixture.transaction
			.execute((status) -> new SyncWriter(fixture.store).write(plan, asked));

		Person after = fixture.store.find(carol.id()).orElseThrow();
		assertThat(written.gone()).isEmpty();
		assertThat(after.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(after.missingSyncs()).isEqualTo(1);
		assertThat(after.plexShareId()).isEqualTo(777L);
	}

}
