package app.plexinvite.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.users.ActionResult;
import app.plexinvite.users.PersonOrigin;
import app.plexinvite.users.PersonPage;
import app.plexinvite.users.PersonQuery;
import app.plexinvite.users.PersonQuery.ExpiryFilter;
import app.plexinvite.users.PersonQuery.Sort;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncResult;
import app.plexinvite.users.SyncStatus;
import app.plexinvite.users.SyncStatus.SyncOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The people list: what it asks for, what it shows, and the sync with plex.tv. */
class PeopleListPagesTests extends PeoplePagesTest {

	@Test
	void asksForTheFilteredSortedPageTheAddressDescribes() {
		long family = profile("Family").id();

		assertThat(get("/admin/users?q=dana&state=ACCEPTED&state=PENDING&origin=LINK&profile=" + family
				+ "&expiry=SOON&sort=EXPIRES&dir=desc&page=2"))
			.hasStatusOk();

		ArgumentCaptor<PersonQuery> query = ArgumentCaptor.forClass(PersonQuery.class);
		then(this.people).should().find(query.capture());
		assertThat(query.getValue())
			.isEqualTo(new PersonQuery("dana", Set.of(PersonState.ACCEPTED, PersonState.PENDING), PersonOrigin.LINK,
					family, ExpiryFilter.SOON, Sort.EXPIRES, true, 1, PeopleController.PAGE_SIZE));
	}

	@Test
	void showsEachPersonWithStateOriginProfileAndEndAndLinksToThem() {
		var dana = person(7, "dana", PersonState.ACCEPTED);
		var eli = person(8, "eli", PersonState.GONE);
		given(this.people.find(any(PersonQuery.class))).willReturn(new PersonPage(List.of(dana, eli), 120, 1, 50));
		given(this.people.counts()).willReturn(counts(3, 110, 4, 0));

		MvcTestResult list = get("/admin/users?page=2&sort=JOINED");

		assertThat(list).hasStatusOk()
			.bodyText()
			.contains("dana", "Has access", "Gone from Plex", "Invite link", "Party", "As shared on Plex",
					"Mar 1, 2026", "href=\"/admin/users/7\"", "href=\"/admin/users/8\"", "120 people · page 2 of 3",
					"Invited (3)", "Has access (110)", "Ending soon (4)", "Everyone (113)", "name=\"id\" value=\"7\"");
		assertThat(list).bodyText()
			.contains("href=\"/admin/users?sort=JOINED&amp;dir=asc&amp;page=3\"",
					"href=\"/admin/users?sort=JOINED&amp;dir=asc\"", "href=\"/admin/users?sort=JOINED&amp;dir=desc\"",
					"aria-sort=\"ascending\"");
	}

	@Test
	void explainsAnEmptyListAndAFilterThatMatchesNobody() {
		assertThat(get("/admin/users")).hasStatusOk().bodyText().contains("Nobody has access yet");
		assertThat(get("/admin/users?q=zed")).hasStatusOk().bodyText().contains("Nobody matches these filters");
	}

	@Test
	void refusesAnUnknownStateAndAnOverlongSearchWithABadRequest() {
		assertThat(get("/admin/users?state=FRIENDLY")).hasStatus(400);
		assertThat(get("/admin/users?q=" + "a".repeat(101))).hasStatus(400);
		then(this.people).should(never()).find(any(PersonQuery.class));
	}

	@Test
	void showsAFailedSyncWithItsReasonAndTheLastCompleteOne() {
		given(this.people.syncStatus()).willReturn(new SyncStatus(Instant.parse("2026-04-02T08:00:00Z"),
				Instant.parse("2026-04-01T08:00:00Z"), SyncOutcome.FAILED, "plex.tv rejected the token (401)", 12, 0, 0,
				Instant.parse("2026-04-02T08:30:00Z")));

		assertThat(get("/admin/users")).hasStatusOk()
			.bodyText()
			.contains("The sync with plex.tv at Apr 2, 2026, 8:00\u202fAM UTC failed: plex.tv rejected the token (401)",
					"Last complete sync with plex.tv: Apr 1, 2026, 8:00\u202fAM UTC, 12 shares listed.",
					"Next sync: Apr 2, 2026, 8:30\u202fAM UTC.", "action=\"/admin/users/sync\"");
	}

	@Test
	void syncsNowAndSaysWhatCameOfIt() {
		SyncStatus done = new SyncStatus(Instant.parse("2026-04-02T08:00:00Z"), Instant.parse("2026-04-02T08:00:00Z"),
				SyncOutcome.COMPLETE, null, 14, 2, 1, null);
		given(this.people.syncNow()).willReturn(new SyncResult(true, done, null));

		MvcTestResult result = post("/admin/users/sync");

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users");
		assertThat(result).flash()
			.containsEntry(PersonPages.NOTICE, ActionResult.done("people.sync.complete", 14, 2, 1));
	}

	@Test
	void saysWhenASyncMayRunAgainWhenOneRanMomentsAgo() {
		given(this.people.syncNow())
			.willReturn(new SyncResult(false, neverSynced(), Duration.ofSeconds(41).plusMillis(200)));

		assertThat(post("/admin/users/sync")).flash()
			.containsEntry(PersonPages.NOTICE, ActionResult.refused("people.sync.throttled", 42L));
		assertThat(getWithFlash("/admin/users", PersonPages.NOTICE, ActionResult.refused("people.sync.throttled", 42L)))
			.bodyText()
			.contains("A sync ran moments ago. Try again in 42 seconds.");
	}

	@Test
	void refusesASyncWithoutTheFormsToken() {
		assertThat(this.mvc.post().uri("/admin/users/sync").with(user("owner").roles("ADMIN"))).hasStatus(403);
		then(this.people).should(never()).syncNow();
	}

	@Test
	void putsPeopleInTheNavigationAfterRequests() {
		assertThat(get("/admin/users")).bodyText()
			.containsSubsequence("href=\"/admin/requests\"", "href=\"/admin/users\"",
					"aria-current=\"page\" class=\"active\">People</a>", "href=\"/admin/links\"");
	}

}
