package app.plexinvite.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.plexinvite.users.ActionResult;
import app.plexinvite.users.BulkAction;
import app.plexinvite.users.BulkResult;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncStatus;
import app.plexinvite.users.SyncStatus.SyncOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

/**
 * Bulk actions (always confirmed with the list of who is affected) and the dashboard
 * card.
 */
class PeopleBulkPagesTests extends PeoplePagesTest {

	@Test
	void listsEveryoneAffectedBeforeAnythingIsSent() {
		given(this.people.findAll(Set.of(7L, 8L, 404L)))
			.willReturn(List.of(person(7, "dana", PersonState.ACCEPTED), person(8, "eli", PersonState.PENDING)));

		assertThat(get("/admin/users/bulk?id=7&id=8&id=404&action=REVOKE&profileId=1")).hasStatusOk()
			.bodyText()
			.contains("Apply to 2 people?", "dana", "eli", "Remove their access on Plex", "name=\"id\" value=\"7\"",
					"name=\"id\" value=\"8\"", "name=\"action\" value=\"REVOKE\"", "Yes, apply to 2 people")
			.doesNotContain("value=\"404\"", "name=\"profileId\"");
		then(this.people).should(never()).bulk(any(), any());
	}

	@Test
	void marksWhoTheActionWillSkip() {
		given(this.people.findAll(Set.of(7L, 9L)))
			.willReturn(List.of(person(7, "dana", PersonState.ACCEPTED), person(9, "fay", PersonState.REVOKED)));

		assertThat(get("/admin/users/bulk?id=7&id=9&action=CLEAR_EXPIRY")).hasStatusOk()
			.bodyText()
			.containsOnlyOnce("(skipped: holds no access now)");
	}

	@Test
	void appliesTheConfirmedActionAndSaysWhatCameOfIt() {
		BulkResult result = new BulkResult(1, 1, List.of("eli: plex.tv is rate limiting"));
		given(this.people.bulk(any(), any())).willReturn(result);

		assertThat(post("/admin/users/bulk", "id", "8", "id", "7", "action", "EXTEND", "days", "30"))
			.hasRedirectedUrl("/admin/users")
			.flash()
			.containsEntry("bulkResult", result);
		post("/admin/users/bulk", "id", "7", "action", "SET_EXPIRY", "on", "2999-02-01");
		post("/admin/users/bulk", "id", "7", "action", "PROFILE", "profileId", String.valueOf(profile("Family").id()));

		then(this.people).should().bulk(new BulkAction.ExtendExpiry(java.time.Duration.ofDays(30)), Set.of(7L, 8L));
		then(this.people).should().bulk(new BulkAction.SetExpiry(Instant.parse("2999-02-01T00:00:00Z")), Set.of(7L));
		then(this.people).should().bulk(new BulkAction.ChangeProfile(profile("Family").id()), Set.of(7L));
		assertThat(getWithFlash("/admin/users", "bulkResult", result)).bodyText()
			.contains("Done for 1 person.", "1 person was skipped", "eli: plex.tv is rate limiting");
	}

	@Test
	void saysSoWhenNobodyIsTickedOrTheActionIsUnclear() {
		assertThat(get("/admin/users/bulk?action=REVOKE")).hasRedirectedUrl("/admin/users")
			.flash()
			.containsEntry(PersonPages.NOTICE, ActionResult.refused("people.bulk.none"));
		assertThat(get("/admin/users/bulk?id=&action=REVOKE")).hasRedirectedUrl("/admin/users")
			.flash()
			.containsEntry(PersonPages.NOTICE, ActionResult.refused("people.bulk.none"));
		assertThat(post("/admin/users/bulk", "id", "", "id", "7", "action", "CLEAR_EXPIRY")).flash()
			.containsKey("bulkResult");
		then(this.people).should().bulk(new BulkAction.ClearExpiry(), Set.of(7L));
		assertThat(post("/admin/users/bulk", "id", "7", "action", "EXPLODE")).flash()
			.containsEntry(PersonPages.NOTICE, ActionResult.refused("people.bulk.no-action"));
		assertThat(post("/admin/users/bulk", "id", "7", "action", "SET_EXPIRY", "on", "2001-01-01")).flash()
			.containsEntry(PersonPages.NOTICE, ActionResult.refused("people.bulk.expiry-in-past"));
		then(this.people).should(times(1)).bulk(any(), any());
	}

	@Test
	void showsPeopleExpiryFailuresAndASyncProblemOnTheDashboard() {
		given(this.people.counts()).willReturn(counts(2, 5, 1, 3));
		given(this.people.syncStatus()).willReturn(new SyncStatus(Instant.parse("2026-04-02T08:00:00Z"), null,
				SyncOutcome.INCOMPLETE, "plex.tv listed 10 of 20 users", 10, 0, 0, null));

		assertThat(get("/admin")).hasStatusOk()
			.bodyText()
			.contains("3 people’s access ended but could not be removed",
					"plex.tv answered the sync at Apr 2, 2026, 8:00\u202fAM UTC incompletely: plex.tv listed 10 of 20 users",
					"With access or an invite", ">7<", "href=\"/admin/users?expiry=SOON\"",
					"Not synced with plex.tv yet.");
	}

}
