package app.plexinvite.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.users.AccessChoice;
import app.plexinvite.users.ActionResult;
import app.plexinvite.users.PersonEvent;
import app.plexinvite.users.PersonState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** One person's page and every action on it, each confirmed before anything is sent. */
class PersonPagesTests extends PeoplePagesTest {

	@Test
	void showsEverythingKnownWithLibrariesByTitleAndHistoryNewestFirst() {
		willReturn(List.of(new PlexLibrary(11L, "1", "Movies", "movie"), new PlexLibrary(12L, "2", "Shows", "show")))
			.given(this.plex)
			.libraries();
		knows(person(7, "dana", PersonState.ACCEPTED),
				new PersonEvent(JOINED, PersonEvent.Kind.SHARED, "link Party", null),
				new PersonEvent(JOINED.plusSeconds(3600), PersonEvent.Kind.ACCEPTED, "sync", null));

		MvcTestResult page = get("/admin/users/7");

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("dana@example.com", "1007", "Has access", "Invite link", "(Party)", "84", "Movies, Shows",
					"href=\"/admin/users/7/revoke\"", "href=\"/admin/users/7/extend?days=30\"",
					"action=\"/admin/users/7/note\"")
			.containsSubsequence("Accepted the invite", "sync", "Shared", "link Party")
			.doesNotContain("href=\"/admin/users/7/give-again\"", "href=\"/admin/users/7/cancel-invite\"");
	}

	@Test
	void showsLibraryIdsWhenPlexCannotListThem() {
		knows(person(7, "dana", PersonState.ACCEPTED));

		assertThat(get("/admin/users/7")).hasStatusOk()
			.bodyText()
			.contains("#11, #12", "Plex cannot list the libraries right now");
	}

	@Test
	void offersWhatFitsTheirState() {
		knows(person(8, "eli", PersonState.GONE));
		knows(person(9, "fay", PersonState.PENDING));

		assertThat(get("/admin/users/8")).bodyText()
			.contains("href=\"/admin/users/8/give-again\"", "href=\"/admin/users/8/undo-gone\"")
			.doesNotContain("href=\"/admin/users/8/revoke\"", "action=\"/admin/users/8/access\"");
		assertThat(get("/admin/users/9")).bodyText()
			.contains("href=\"/admin/users/9/cancel-invite\"", "href=\"/admin/users/9/resend\"")
			.doesNotContain("href=\"/admin/users/9/revoke\"");
	}

	@Test
	void answersSomeoneUnknownWithTheNotFoundPage() {
		given(this.people.revoke(99)).willReturn(ActionResult.refused(PersonPages.NOT_FOUND));

		assertThat(get("/admin/users/99")).hasStatus(404);
		assertThat(get("/admin/users/99/revoke")).hasStatus(404);
		assertThat(post("/admin/users/99/revoke")).hasStatus(404);
		assertThat(get("/admin/users/99/whatever")).hasStatus(404);
	}

	@Test
	void asksBeforeRemovingAccessAndRemovesItOnlyOnThePost() {
		knows(person(7, "dana", PersonState.ACCEPTED));
		given(this.people.revoke(7)).willReturn(ActionResult.done("people.result.revoked", "dana"));

		assertThat(get("/admin/users/7/revoke")).hasStatusOk()
			.bodyText()
			.contains("Remove dana’s access?", "action=\"/admin/users/7/revoke\"", "Yes, remove access",
					"href=\"/admin/users/7\"");
		then(this.people).should(never()).revoke(anyLong());

		MvcTestResult done = post("/admin/users/7/revoke");

		assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users/7");
		assertThat(done).flash().containsEntry(PersonPages.NOTICE, ActionResult.done("people.result.revoked", "dana"));
		then(this.people).should().revoke(7);
	}

	@Test
	void sendsEachSimpleStepToItsOwnAction() {
		given(this.people.cancelInvite(7)).willReturn(ActionResult.done("people.result.invite-cancelled", "dana"));
		given(this.people.resendInvite(7)).willReturn(ActionResult.done("people.result.invite-resent", "dana"));
		given(this.people.giveAccessAgain(7)).willReturn(ActionResult.done("people.result.access-given-again", "d"));
		given(this.people.undoGone(7)).willReturn(ActionResult.done("people.result.gone-undone", "dana"));
		given(this.people.setExpiry(7, null)).willReturn(ActionResult.done("people.result.expiry-cleared", "dana"));

		for (String step : List.of("cancel-invite", "resend", "give-again", "undo-gone", "clear-expiry")) {
			assertThat(post("/admin/users/7/" + step)).hasRedirectedUrl("/admin/users/7");
		}

		then(this.people).should().cancelInvite(7);
		then(this.people).should().resendInvite(7);
		then(this.people).should().giveAccessAgain(7);
		then(this.people).should().undoGone(7);
		then(this.people).should().setExpiry(7, null);
	}

	@Test
	void refusesAnActionWithoutTheFormsToken() {
		assertThat(this.mvc.post().uri("/admin/users/7/revoke").with(user("owner").roles("ADMIN"))).hasStatus(403);
		then(this.people).should(never()).revoke(anyLong());
	}

	@Test
	void showsWhatAnActionDidWithThePersonsName() {
		knows(person(7, "dana", PersonState.ACCEPTED));

		assertThat(getWithFlash("/admin/users/7", PersonPages.NOTICE,
				ActionResult.refused("people.result.plex-failed", "dana", "plex.tv is rate limiting")))
			.bodyText()
			.contains("Plex refused or failed for dana: plex.tv is rate limiting");
	}

	@Test
	void changesTheProfileAfterSayingWhichOne() {
		knows(person(7, "dana", PersonState.ACCEPTED));
		long family = profile("Family").id();
		given(this.people.changeProfile(7, family)).willReturn(ActionResult.done("people.result.access-changed", "d"));

		assertThat(get("/admin/users/7/profile?profileId=" + family)).hasStatusOk()
			.bodyText()
			.contains("Change dana’s profile?", "Profile: Family", "name=\"profileId\" value=\"" + family + "\"");
		assertThat(post("/admin/users/7/profile", "profileId", String.valueOf(family)))
			.hasRedirectedUrl("/admin/users/7");
		then(this.people).should().changeProfile(7, family);
	}

	@Test
	void changesLibrariesAndPermissionsOfTheirOwn() {
		knows(person(7, "dana", PersonState.ACCEPTED));
		given(this.people.changeAccess(any(Long.class), any())).willReturn(ActionResult.done("people.result.x", "d"));

		assertThat(get("/admin/users/7/access?library=12&library=11&allowSync=true")).hasStatusOk()
			.bodyText()
			.contains("Libraries: #11, #12", "Downloads: yes · camera upload: no · live TV: no",
					"name=\"library\" value=\"11\"", "name=\"allowSync\" value=\"true\"");
		post("/admin/users/7/access", "library", "12", "library", "11", "allowSync", "true");

		then(this.people).should().changeAccess(7, new AccessChoice(false, Set.of(11L, 12L), true, false, false));
	}

	@Test
	void setsTheEndAtTheStartOfThatDayInUtcAndExtendsByDays() {
		knows(person(7, "dana", PersonState.ACCEPTED));
		given(this.people.setExpiry(any(Long.class), any())).willReturn(ActionResult.done("people.result.expiry-set"));
		given(this.people.extendExpiry(any(Long.class), any())).willReturn(ActionResult.done("people.result.x"));

		assertThat(get("/admin/users/7/expiry?on=2999-01-31")).hasStatusOk()
			.bodyText()
			.contains("Access ends on Jan 31, 2999, 12:00\u202fAM UTC.");
		post("/admin/users/7/expiry", "on", "2999-01-31");
		post("/admin/users/7/extend", "days", "30");

		then(this.people).should().setExpiry(7, Instant.parse("2999-01-31T00:00:00Z"));
		then(this.people).should().extendExpiry(7, Duration.ofDays(30));
	}

	@Test
	void explainsABadDateAnUnknownProfileAndNoLibraryInsteadOfFailing() {
		knows(person(7, "dana", PersonState.ACCEPTED));

		assertBadInput(get("/admin/users/7/expiry?on=31/12/2999"), "people.input.bad-date");
		assertBadInput(post("/admin/users/7/expiry", "on", "soon"), "people.input.bad-date");
		assertBadInput(post("/admin/users/7/expiry", "on", "+300000000-01-01"), "people.input.bad-date");
		assertBadInput(get("/admin/users/7/expiry?on=2001-01-01"), "people.result.expiry-in-past");
		assertBadInput(get("/admin/users/7/profile?profileId=abc"), "people.input.bad-profile");
		assertBadInput(post("/admin/users/7/profile", "profileId", "999999"), "people.input.bad-profile");
		assertBadInput(get("/admin/users/7/access?allowSync=true"), "people.input.no-libraries");
		assertBadInput(post("/admin/users/7/extend", "days", "0"), "people.input.bad-days");

		then(this.people).should(never()).setExpiry(anyLong(), any());
		then(this.people).should(never()).changeProfile(anyLong(), anyLong());
		then(this.people).should(never()).changeAccess(anyLong(), any());
		then(this.people).should(never()).extendExpiry(anyLong(), any());
		assertThat(getWithFlash("/admin/users/7", PersonPages.NOTICE,
				ActionResult.refused("people.input.bad-date", "dana")))
			.bodyText()
			.contains("That is not a date.");
	}

	@Test
	void savesTheNoteAsTyped() {
		given(this.people.saveNote(7, "Lives next door"))
			.willReturn(ActionResult.done("people.result.note-saved", "d"));

		assertThat(post("/admin/users/7/note", "note", "Lives next door")).hasRedirectedUrl("/admin/users/7");
		then(this.people).should().saveNote(7, "Lives next door");
	}

	private static void assertBadInput(MvcTestResult result, String key) {
		assertThat(result).hasRedirectedUrl("/admin/users/7");
		assertThat(result).flash().containsEntry(PersonPages.NOTICE, ActionResult.refused(key, "dana"));
	}

}
