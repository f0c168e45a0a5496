package app.plexinvite.users;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.plexinvite.plex.ServerShares;
import app.plexinvite.plex.ServerShares.ServerShare;
import app.plexinvite.users.ShareMerge.Merged;
import app.plexinvite.users.ShareMerge.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/** What one answer of plex.tv makes of the people we know, before anything is written. */
class ShareMergeTest {

	private static final Instant NOW = Instant.parse("2026-05-02T10:00:00Z");

	private final ShareMerge merge = new ShareMerge(NOW, NOW);

	private static Person stored(long id, String username, Long account, PersonState state) {
		return new Person(id, account, username, null, null, state, PersonOrigin.REQUEST, null, null, null, 3L, false,
				List.of(1L), null, null, null, null, 0, 0, null, null, PeopleFixture.START, null, PeopleFixture.START,
				0);
	}

	private static ServerShare share(long shareId, Long account, String username, boolean accepted, Long... libraries) {
		return new ServerShare(shareId, account, username, username + "@example.com", "Title " + username, accepted,
				libraries.length == 0, List.of(libraries), null);
	}

	private static Merged apply(Plan plan, int step) {
		return plan.steps().get(step).rule().apply(plan.steps().get(step).before());
	}

	@Test
	void importsAShareNobodyHereKnowsAsItIsOnPlexWithoutAProfile() {
		Plan plan = this.merge.plan(List.of(), List.of(share(70, 7L, "dave", true, 2L, 1L)), true);

		assertThat(plan.steps()).isEmpty();
		assertThat(plan.imported()).singleElement().satisfies((person) -> {
			assertThat(person.origin()).isEqualTo(PersonOrigin.IMPORTED);
			assertThat(person.state()).isEqualTo(PersonState.ACCEPTED);
			assertThat(person.profileId()).isNull();
			assertThat(person.plexShareId()).isEqualTo(70);
			assertThat(person.libraryIds()).containsExactly(1L, 2L);
			assertThat(person.lastSeenAt()).isEqualTo(NOW);
		});
	}

	@Test
	void matchesByAccountOrByNameAndTakesPlexsShareIdNamesAndAcceptance() {
		Person byName = stored(1, "Alice", null, PersonState.PENDING);
		Person byAccount = stored(2, "old-name", 8L, PersonState.ACCEPTED);

		Plan plan = this.merge.plan(List.of(byName, byAccount),
				List.of(share(10, 5L, "alice", true, 1L), share(11, 8L, "bob", false, 1L)), true);

		assertThat(plan.imported()).isEmpty();
		Merged alice = apply(plan, 0);
		assertThat(alice.after().state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(alice.after().plexAccountId()).isEqualTo(5L);
		assertThat(alice.after().plexShareId()).isEqualTo(10L);
		assertThat(alice.events()).extracting(PersonEvent::kind).containsExactly(PersonEvent.Kind.ACCEPTED);
		Merged bob = apply(plan, 1);
		assertThat(bob.after().username()).isEqualTo("bob");
		assertThat(bob.after().state()).as("never back to pending").isEqualTo(PersonState.ACCEPTED);
		assertThat(bob.events()).isEmpty();
	}

	@Test
	void bringsBackSomeoneWhoseAccessEndedHereWhenPlexListsThemAgain() {
		Person revoked = stored(1, "carol", 9L, PersonState.EXPIRED).withAccessEndsAt(NOW.minusSeconds(60));

		Merged merged = apply(this.merge.plan(List.of(revoked), List.of(share(12, 9L, "carol", false, 1L)), true), 0);

		assertThat(merged.after().state()).isEqualTo(PersonState.PENDING);
		assertThat(merged.after().accessEndsAt()).as("an old end would remove the new share").isNull();
		assertThat(merged.events()).extracting(PersonEvent::kind).containsExactly(PersonEvent.Kind.BACK_ON_PLEX);
	}

	@Test
	void marksAHolderGoneOnlyAfterTwoCompleteSyncsMissedThem() {
		Person alice = stored(1, "alice", 5L, PersonState.ACCEPTED);

		Merged once = apply(this.merge.plan(List.of(alice), List.of(share(13, 6L, "zed", true)), true), 0);
		assertThat(once.after().state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(once.after().missingSyncs()).isEqualTo(1);
		assertThat(once.events()).isEmpty();
		assertThat(once.onlySeen(alice)).as("a miss is a change").isFalse();

		Merged twice = apply(this.merge.plan(List.of(once.after()), List.of(share(13, 6L, "zed", true)), true), 0);
		assertThat(twice.after().state()).isEqualTo(PersonState.GONE);
		assertThat(twice.after().stateBeforeGone()).isEqualTo(PersonState.ACCEPTED);
		assertThat(twice.events()).extracting(PersonEvent::kind).containsExactly(PersonEvent.Kind.MARKED_GONE);
	}

	@Test
	void anIncompleteAnswerCountsNobodyMissingButStillRecordsNewShares() {
		Person alice = stored(1, "alice", 5L, PersonState.ACCEPTED).withMissingSyncs(1);

		Plan plan = this.merge.plan(List.of(alice), List.of(share(13, 6L, "zed", true)), false);

		assertThat(plan.steps()).isEmpty();
		assertThat(plan.imported()).extracting(Person::username).containsExactly("zed");
	}

	@Test
	void aSameListingIsOnlyASighting() {
		Person alice = stored(1, "alice", 5L, PersonState.ACCEPTED).withPlexShareId(10L)
			.withEmail("alice@example.com")
			.withTitle("Title alice");

		Merged merged = apply(this.merge.plan(List.of(alice), List.of(share(10, 5L, "alice", true, 1L)), true), 0);

		assertThat(merged.onlySeen(alice)).isTrue();
		assertThat(apply(this.merge.plan(List.of(alice), List.of(share(10, 5L, "alice", true, 2L)), true), 0).events())
			.extracting(PersonEvent::kind)
			.containsExactly(PersonEvent.Kind.ACCESS_CHANGED);
	}

	@Test
	void judgesAnEmptyAnswerIncompleteWhilePeopleHoldAShare() {
		Person alice = stored(1, "alice", 5L, PersonState.ACCEPTED);
		Person gone = stored(2, "bob", 6L, PersonState.GONE);
		ServerShares nobody = new ServerShares("machine", List.of(), true, null);

		assertThat(SyncRun.problem(nobody, List.of(alice))).contains("listed nobody");
		assertThat(SyncRun.problem(nobody, List.of(gone))).isNull();
		assertThat(SyncRun.problem(new ServerShares("machine", List.of(), false, "v1 listed 3 of 4"), List.of()))
			.isEqualTo("v1 listed 3 of 4");
	}

	@Test
	void leavesSomeoneChangedAfterPlexWasAskedAsTheyAreButForTheirNames() {
		// Asked in the same millisecond they were revoked: the answer may predate it.
		ShareMerge stale = new ShareMerge(NOW, PeopleFixture.START);
		Person revoked = stored(1, "carol", 9L, PersonState.REVOKED).withAccessEndsAt(NOW.minusSeconds(60));
		Person resent = stored(2, "dave", 10L, PersonState.PENDING).withPlexShareId(99L);

		Plan plan = stale.plan(List.of(revoked, resent),
				List.of(share(12, 9L, "carol", true, 1L), share(13, 10L, "dave", true, 2L)), true);

		Merged carol = apply(plan, 0);
		assertThat(carol.events()).isEmpty();
		assertThat(carol.after().state()).isEqualTo(PersonState.REVOKED);
		assertThat(carol.after().plexShareId()).isNull();
		assertThat(carol.after().accessEndsAt()).isEqualTo(NOW.minusSeconds(60));
		assertThat(carol.after().lastSeenAt()).isEqualTo(NOW);
		Merged dave = apply(plan, 1);
		assertThat(dave.after().state()).isEqualTo(PersonState.PENDING);
		assertThat(dave.after().plexShareId()).isEqualTo(99L);
		assertThat(dave.after().libraryIds()).containsExactly(1L);
	}

	@Test
	void countsNobodyMissingWhoChangedAfterPlexWasAsked() {
		Person shared = stored(1, "erin", 11L, PersonState.ACCEPTED);

		Plan plan = new ShareMerge(NOW, PeopleFixture.START).plan(List.of(shared), List.of(), true);

		assertThat(plan.unlisted()).isEqualTo(1);
		assertThat(apply(plan, 0).unchanged(shared)).isTrue();
	}

	@Test
	void distrustsACompleteAnswerThatLeavesOutMostHoldersAtOnce() {
		List<Person> four = List.of(stored(1, "a", 1L, PersonState.ACCEPTED), stored(2, "b", 2L, PersonState.ACCEPTED),
				stored(3, "c", 3L, PersonState.PENDING), stored(4, "d", 4L, PersonState.ACCEPTED),
				stored(5, "e", 5L, PersonState.REVOKED));
		List<Person> two = four.subList(0, 2);

		assertThat(SyncRun.tooManyMissing(this.merge.plan(four, List.of(share(10, 1L, "a", true)), true), four))
			.contains("far fewer");
		assertThat(SyncRun.tooManyMissing(
				this.merge.plan(four, List.of(share(10, 1L, "a", true), share(11, 2L, "b", true)), true), four))
			.as("two of four missing is believable")
			.isNull();
		assertThat(SyncRun.tooManyMissing(this.merge.plan(two, List.of(), true), two)).as("fewer than three").isNull();
	}

}
