package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEntry;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.ShareSettings;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ContentFilter;
import app.plexinvite.profiles.ProfileDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each owner action changes the simulator's shares exactly as intended (and nobody
 * else's), then the person, their history and the audit log; refusals change nothing.
 */
class PersonActionsTests extends PeopleAgainstTheSimulator {

	@Autowired
	People people;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	AuditLog audit;

	@Autowired
	PersonChanges changes;

	private AccessProfile profile(Integer days, boolean allowSync, AccessProfile.Library... libraries) {
		return this.profiles.create(new ProfileDraft("Profile " + names.incrementAndGet(), false, List.of(libraries),
				allowSync, false, false, ContentFilter.none(), ContentFilter.none(), ContentFilter.none(), days));
	}

	private static AccessProfile.Library library(app.plexinvite.plexsim.SimLibrary library) {
		return new AccessProfile.Library(library.plexTvId(), library.title());
	}

	private List<AuditEntry> auditOf(Person person) {
		String target = person.displayName() + " (#" + person.id() + ")";
		return this.audit.find(new AuditQuery(null, null, target, null, null, null, 100))
			.entries()
			.stream()
			.filter((entry) -> entry.event().target().equals(target))
			.toList();
	}

	@Test
	void revokesAnAcceptedShareAndTouchesNobodyElse() {
		Person other = accepted(null, movies);
		Person person = accepted(null, movies, shows);
		List<SimShare> othersBefore = sharesOfOthers(person);

		ActionResult result = this.people.revoke(person.id());

		assertThat(result).isEqualTo(ActionResult.done("people.result.revoked", person.username()));
		assertThat(hasShare(person)).isFalse();
		assertThat(sharesOfOthers(person)).containsExactlyInAnyOrderElementsOf(othersBefore);
		assertThat(hasShare(other)).isTrue();
		Person revoked = reread(person);
		assertThat(revoked.state()).isEqualTo(PersonState.REVOKED);
		assertThat(revoked.plexShareId()).isNull();
		assertThat(this.store.history(person.id())).last()
			.satisfies((event) -> assertThat(event.kind()).isEqualTo(PersonEvent.Kind.REVOKED))
			.satisfies((event) -> assertThat(event.actor()).isEqualTo("owner"));
		assertThat(this.events.stream(AccessEnded.class)).singleElement()
			.satisfies((ended) -> assertThat(ended.personId()).isEqualTo(person.id()))
			.satisfies((ended) -> assertThat(ended.reason()).isEqualTo(PersonState.REVOKED));
		assertThat(auditOf(person)).singleElement().satisfies((entry) -> {
			assertThat(entry.event().action()).isEqualTo(AuditAction.PERSON_REVOKED);
			assertThat(entry.event().outcome().succeeded()).isTrue();
		});
	}

	@Test
	void revokingAPendingInviteCancelsIt() {
		Person person = pending(null, movies);

		assertThat(this.people.revoke(person.id()).ok()).isTrue();

		assertThat(hasShare(person)).isFalse();
		assertThat(sim.requests()).anySatisfy((request) -> {
			assertThat(request.method()).isEqualTo("DELETE");
			assertThat(request.path()).isEqualTo("/api/v2/shared_servers/" + person.plexShareId());
		});
		assertThat(reread(person).state()).isEqualTo(PersonState.REVOKED);
	}

	@Test
	void aShareAlreadyGoneOnPlexCountsAsRevoked() {
		Person person = accepted(null, movies);
		sim.removeShareOutOfBand(person.plexShareId());

		assertThat(this.people.revoke(person.id()).messageKey()).isEqualTo("people.result.revoked");

		assertThat(reread(person).state()).isEqualTo(PersonState.REVOKED);
		assertThat(this.store.history(person.id())).last()
			.satisfies((event) -> assertThat(event.detail()).contains("already gone on Plex"));
	}

	@Test
	void doesNotTrustA404WhilePlexStillListsTheShare() {
		Person person = accepted(null, movies);
		sim.faults().failNext("DELETE", ".*/shared_servers/" + person.plexShareId(), 404);

		assertThat(this.people.revoke(person.id()))
			.isEqualTo(ActionResult.refused("people.result.gone-unconfirmed", person.username()));

		assertThat(hasShare(person)).isTrue();
		assertThat(reread(person)).isEqualTo(person);
		assertThat(history(person)).isEmpty();
		assertThat(auditOf(person)).singleElement()
			.satisfies((entry) -> assertThat(entry.event().outcome().succeeded()).isFalse());
	}

	@Test
	void refusesRevokingSomeoneWithoutAShareAndKeepsThemWhenPlexFails() {
		Person person = accepted(null, movies);
		sim.faults().failNext("DELETE", ".*/shared_servers/" + person.plexShareId(), 500);

		ActionResult failed = this.people.revoke(person.id());

		assertThat(failed.ok()).isFalse();
		assertThat(failed.messageKey()).isEqualTo("people.result.plex-failed");
		assertThat(failed.args()).first().isEqualTo(person.username());
		assertThat(hasShare(person)).isTrue();
		assertThat(reread(person)).isEqualTo(person);
		assertThat(auditOf(person)).singleElement()
			.satisfies((entry) -> assertThat(entry.event().outcome().reason())
				.isEqualTo(PlexException.Reason.PLEX_ERROR.description()));
		this.people.revoke(person.id());
		assertThat(this.people.revoke(person.id()))
			.isEqualTo(ActionResult.refused("people.result.not-holding", person.username(), "REVOKED"));
		assertThat(this.people.revoke(999_999)).isEqualTo(ActionResult.refused("people.result.not-found"));
	}

	@Test
	void cancelsOnlyPendingInvites() {
		Person invited = pending(null, shows);
		Person accepted = accepted(null, shows);

		assertThat(this.people.cancelInvite(accepted.id()))
			.isEqualTo(ActionResult.refused("people.result.not-pending", accepted.username()));
		assertThat(this.people.cancelInvite(invited.id()))
			.isEqualTo(ActionResult.done("people.result.invite-cancelled", invited.username()));

		assertThat(hasShare(invited)).isFalse();
		assertThat(hasShare(accepted)).isTrue();
		assertThat(history(reread(invited))).containsExactly(PersonEvent.Kind.INVITE_CANCELLED);
	}

	@Test
	void resendsAPendingInviteWithTheirProfileUnderANewShareId() {
		AccessProfile kids = profile(null, true, library(shows));
		Person person = pending(kids.id(), shows);
		List<SimShare> othersBefore = sharesOfOthers(person);

		assertThat(this.people.resendInvite(person.id()).messageKey()).isEqualTo("people.result.invite-resent");

		SimShare share = shareOf(person);
		assertThat(share.id()).isNotEqualTo(person.plexShareId());
		assertThat(share.accepted()).isFalse();
		assertThat(share.librarySectionIds()).containsExactly(shows.plexTvId());
		assertThat(share.settings()).containsEntry("allowSync", "1");
		assertThat(sharesOfOthers(person)).containsExactlyInAnyOrderElementsOf(othersBefore);
		Person resent = reread(person);
		assertThat(resent.plexShareId()).isEqualTo(share.id());
		assertThat(resent.state()).isEqualTo(PersonState.PENDING);
	}

	@Test
	void aSecondActionOnThePersonWhileOneRunsIsRefusedWithoutCallingPlex() {
		Person person = pending(null, shows);
		List<SimShare> sharesBefore = sim.shares();

		ActionResult inner = this.changes.attempt(person.id(), () -> this.people.resendInvite(person.id()));

		assertThat(inner.messageKey()).isEqualTo("people.result.in-progress");
		assertThat(sim.shares()).containsExactlyInAnyOrderElementsOf(sharesBefore);
		assertThat(reread(person).plexShareId()).isEqualTo(person.plexShareId());
		assertThat(this.people.resendInvite(person.id()).messageKey()).as("free again afterwards")
			.isEqualTo("people.result.invite-resent");
	}

	@Test
	void givesAccessAgainWithTheProfileAndItsDaysFromNow() {
		AccessProfile month = profile(30, false, library(movies), library(music));
		Person person = accepted(month.id(), movies);
		this.people.revoke(person.id());
		assertThat(this.people.giveAccessAgain(accepted(null, movies).id()).messageKey())
			.isEqualTo("people.result.holds-share");

		ActionResult result = this.people.giveAccessAgain(person.id());

		assertThat(result).isEqualTo(ActionResult.done("people.result.access-given-again", person.username()));
		SimShare share = shareOf(person);
		assertThat(share.librarySectionIds()).containsExactlyInAnyOrder(movies.plexTvId(), music.plexTvId());
		Person again = reread(person);
		assertThat(again.state()).isEqualTo(PersonState.PENDING);
		assertThat(again.plexShareId()).isEqualTo(share.id());
		assertThat(again.accessEndsAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(30)));
		assertThat(again.libraryIds()).containsExactlyInAnyOrder(movies.plexTvId(), music.plexTvId());
		assertThat(history(again)).endsWith(PersonEvent.Kind.ACCESS_GIVEN_AGAIN);
	}

	@Test
	void changesAShareToAProfileAndRefusesAnUnknownOne() {
		AccessProfile both = profile(null, true, library(movies), library(shows));
		Person person = accepted(null, movies);
		Person other = accepted(null, movies);
		SimShare otherBefore = shareOf(other);

		assertThat(this.people.changeProfile(person.id(), 987_654))
			.isEqualTo(ActionResult.refused("people.result.unknown-profile", person.username()));
		assertThat(this.people.changeProfile(person.id(), both.id()).messageKey())
			.isEqualTo("people.result.access-changed");

		SimShare share = shareOf(person);
		assertThat(share.id()).isEqualTo(person.plexShareId());
		assertThat(share.librarySectionIds()).containsExactlyInAnyOrder(movies.plexTvId(), shows.plexTvId());
		assertThat(share.settings()).containsEntry("allowSync", "1");
		assertThat(shareOf(other)).isEqualTo(otherBefore);
		Person changed = reread(person);
		assertThat(changed.profileId()).isEqualTo(both.id());
		assertThat(changed.libraryIds()).containsExactlyInAnyOrder(movies.plexTvId(), shows.plexTvId());
	}

	@Test
	void changesAShareToLibrariesOfTheirOwnKeptAsAHiddenProfile() {
		Person person = accepted(null, movies);
		assertThat(this.people.changeAccess(person.id(), new AccessChoice(false, Set.of(), true, false, false)))
			.isEqualTo(ActionResult.refused("people.result.no-libraries", person.username()));

		ActionResult result = this.people.changeAccess(person.id(),
				new AccessChoice(false, Set.of(music.plexTvId(), shows.plexTvId()), true, false, true));

		assertThat(result.messageKey()).isEqualTo("people.result.access-changed");
		SimShare share = shareOf(person);
		assertThat(share.librarySectionIds()).containsExactlyInAnyOrder(music.plexTvId(), shows.plexTvId());
		assertThat(share.settings()).containsEntry("allowSync", "1").containsEntry("allowChannels", "1");
		Person changed = reread(person);
		AccessProfile own = this.profiles.find(changed.profileId()).orElseThrow();
		assertThat(own.hidden()).isTrue();
		assertThat(own.libraries()).extracting(AccessProfile.Library::title)
			.containsExactlyInAnyOrder("Shows", "Music");
		assertThat(changed.libraryIds()).containsExactlyInAnyOrder(music.plexTvId(), shows.plexTvId());

		this.people.changeAccess(person.id(), new AccessChoice(true, Set.of(), false, false, false));

		assertThat(shareOf(person).allLibraries()).isTrue();
		assertThat(this.profiles.find(own.id())).isEmpty();
	}

	@Test
	void setsExtendsAndClearsTheEndWithoutCallingPlex() {
		Person person = accepted(null, movies);
		Instant now = this.clock.instant();
		sim.clearRequests();

		assertThat(this.people.setExpiry(person.id(), now.minusSeconds(1)))
			.isEqualTo(ActionResult.refused("people.result.expiry-in-past", person.username()));
		assertThat(this.people.extendExpiry(person.id(), Duration.ofDays(7)).messageKey())
			.isEqualTo("people.result.expiry-set");
		assertThat(reread(person).accessEndsAt()).isEqualTo(now.plus(Duration.ofDays(7)));
		this.people.extendExpiry(person.id(), Duration.ofDays(30));
		assertThat(reread(person).accessEndsAt()).isEqualTo(now.plus(Duration.ofDays(37)));
		assertThat(this.people.setExpiry(person.id(), null).messageKey()).isEqualTo("people.result.expiry-cleared");

		assertThat(reread(person).accessEndsAt()).isNull();
		assertThat(history(person)).containsExactly(PersonEvent.Kind.EXPIRY_SET, PersonEvent.Kind.EXPIRY_SET,
				PersonEvent.Kind.EXPIRY_CLEARED);
		assertThat(sim.requests()).isEmpty();
	}

	@Test
	void savesClearsAndLimitsTheNote() {
		Person person = pending(null, movies);

		assertThat(this.people.saveNote(person.id(), "  my cousin  ").messageKey())
			.isEqualTo("people.result.note-saved");
		assertThat(reread(person).note()).isEqualTo("my cousin");
		assertThat(this.people.saveNote(person.id(), "x".repeat(2001)))
			.isEqualTo(ActionResult.refused("people.result.note-too-long", person.username()));
		this.people.saveNote(person.id(), " ");

		assertThat(reread(person).note()).isNull();
	}

	@Test
	void revokesASelectionSkippingWhoItDoesNotApplyToAndCollectingAFailure() {
		Person first = accepted(null, movies);
		Person failing = accepted(null, movies);
		Person third = pending(null, shows);
		Person revoked = accepted(null, shows);
		this.people.revoke(revoked.id());
		pauses.clear();
		sim.faults().failNext("DELETE", ".*/shared_servers/" + failing.plexShareId(), 500);

		BulkResult result = this.people.bulk(new BulkAction.Revoke(),
				List.of(first.id(), failing.id(), revoked.id(), third.id()));

		assertThat(result.done()).isEqualTo(2);
		assertThat(result.skipped()).isEqualTo(1);
		assertThat(result.failed()).singleElement().asString().startsWith(failing.username() + ": ");
		assertThat(hasShare(first)).isFalse();
		assertThat(hasShare(third)).isFalse();
		assertThat(hasShare(failing)).isTrue();
		assertThat(reread(failing).state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
		assertThat(auditOf(first)).hasSize(1);
		assertThat(auditOf(third)).hasSize(1);
	}

	@Test
	void setsTheEndOfASelectionOfHolders() {
		Person first = accepted(null, movies);
		Person second = pending(null, movies);
		Instant end = this.clock.instant().plus(Duration.ofDays(10));

		BulkResult result = this.people.bulk(new BulkAction.SetExpiry(end), List.of(first.id(), second.id(), 424_242L));

		assertThat(result).isEqualTo(new BulkResult(2, 1, List.of()));
		assertThat(reread(first).accessEndsAt()).isEqualTo(end);
		assertThat(reread(second).accessEndsAt()).isEqualTo(end);
		assertThat(pauses).isEmpty();
	}

	@Test
	void aFailedResendSaysTheOldInviteIsCancelled() {
		Person person = pending(null, shows);
		sim.faults().failNext("POST", ".*/api/servers/[^/]+/shared_servers/?", 500);

		ActionResult result = this.people.resendInvite(person.id());

		assertThat(result).isEqualTo(ActionResult.refused("people.result.resend-failed", person.username(),
				PlexException.Reason.PLEX_ERROR.description()));
		assertThat(hasShare(person)).isFalse();
		assertThat(reread(person).state()).isEqualTo(PersonState.REVOKED);
		assertThat(reread(person).plexShareId()).isNull();
		assertThat(history(person)).containsExactly(PersonEvent.Kind.INVITE_CANCELLED);
		assertThat(auditOf(person))
			.extracting((entry) -> entry.event().action(), (entry) -> entry.event().outcome().succeeded())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AuditAction.PERSON_INVITE_RESENT, false),
					org.assertj.core.groups.Tuple.tuple(AuditAction.PERSON_INVITE_CANCELLED, true));
	}

	@Test
	void refusesLibrariesTheServerDoesNotShareBeforeCallingPlex() {
		Person person = accepted(null, movies);
		SimShare before = shareOf(person);

		for (long library : List.of(-1L, 0L, 424_242L)) {
			assertThat(this.people.changeAccess(person.id(),
					new AccessChoice(false, Set.of(movies.plexTvId(), library), false, false, false)))
				.isEqualTo(
						ActionResult.refused("people.result.unknown-library", person.username(), "[" + library + "]"));
		}

		assertThat(shareOf(person)).isEqualTo(before);
		assertThat(reread(person)).isEqualTo(person);
	}

	@Test
	void ownAccessKeepsTheFiltersOfTheirProfile() {
		AccessProfile kids = this.profiles
			.create(new ProfileDraft("Kids " + names.incrementAndGet(), false, List.of(library(movies)), false, false,
					false, new ContentFilter(List.of("kids"), List.of(), List.of(), List.of()), ContentFilter.none(),
					ContentFilter.none(), null));
		Person person = accepted(kids.id(), movies);

		this.people.changeAccess(person.id(), new AccessChoice(false, Set.of(shows.plexTvId()), true, false, false));

		assertThat(shareOf(person).settings()).containsEntry("filterMovies", "label=kids")
			.containsEntry("allowSync", "1");
		AccessProfile own = this.profiles.find(reread(person).profileId()).orElseThrow();
		assertThat(own.movies().allowLabels()).containsExactly("kids");
	}

	@Test
	void ownAccessKeepsTheFiltersPlexHasForSomeoneWithoutAProfile() {
		Person person = accepted(null, movies);
		this.plex.updateShare(person.plexShareId(), LibrarySelection.of(Set.of(movies.plexTvId())),
				new ShareSettings(false, false, false, "", "contentRating=G%2CPG", ""));

		this.people.changeAccess(person.id(), new AccessChoice(false, Set.of(shows.plexTvId()), false, false, true));

		assertThat(shareOf(person).settings()).containsEntry("filterTelevision", "contentRating=G%2CPG")
			.containsEntry("allowChannels", "1");
		AccessProfile own = this.profiles.find(reread(person).profileId()).orElseThrow();
		assertThat(own.television().allowRatings()).containsExactly("G", "PG");
	}

	@Test
	void refusesAnEndMoreThanTenYearsAway() {
		Person person = accepted(null, movies);
		Instant now = this.clock.instant();
		ActionResult tooFar = ActionResult.refused("people.result.expiry-too-far", person.username());

		assertThat(this.people.setExpiry(person.id(), now.plus(Duration.ofDays(3650)).plusSeconds(1)))
			.isEqualTo(tooFar);
		assertThat(this.people.setExpiry(person.id(), Instant.MAX)).isEqualTo(tooFar);
		assertThat(this.people.extendExpiry(person.id(), Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(tooFar);
		assertThat(this.people.bulk(new BulkAction.SetExpiry(Instant.parse("+300000000-01-01T00:00:00Z")),
				List.of(person.id())))
			.isEqualTo(new BulkResult(0, 0, List.of(person.username() + ": the end is too far away")));
		assertThat(reread(person)).isEqualTo(person);

		assertThat(this.people.setExpiry(person.id(), now.plus(Duration.ofDays(3650))).ok()).isTrue();
	}

	@Test
	void refusesABulkRunOfMoreThanAPage() {
		List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 51).boxed().toList();

		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.people.bulk(new BulkAction.ClearExpiry(), ids));
	}

	@Test
	void aRevokeThatLostTheRaceRecordsNothingTwice() {
		Person person = accepted(null, movies);
		Person stale = person;
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.people.revoke(person.id()).ok()).isTrue();

		Optional<Person> again = this.changes.savedAfterPlex(stale, PersonChanges.holding(stale.plexShareId()),
				PersonActions::ended, PersonEvent.Kind.REVOKED, "share removed");

		assertThat(again).isEmpty();
		assertThat(history(person)).containsExactly(PersonEvent.Kind.REVOKED);
	}

	@Test
	void aChangePlexMadeIsSavedAgainOverAnUnrelatedChange() {
		Person person = accepted(null, movies);
		Person stale = person;
		this.clock.advance(Duration.ofSeconds(1));
		this.people.saveNote(person.id(), "my cousin");

		Optional<Person> saved = this.changes.savedAfterPlex(stale, PersonChanges.holding(stale.plexShareId()),
				PersonActions::ended, PersonEvent.Kind.REVOKED, "share removed");

		assertThat(saved).get().satisfies((revoked) -> {
			assertThat(revoked.state()).isEqualTo(PersonState.REVOKED);
			assertThat(revoked.note()).isEqualTo("my cousin");
		});
		assertThat(history(person)).containsExactly(PersonEvent.Kind.NOTE_CHANGED, PersonEvent.Kind.REVOKED);
	}

}
