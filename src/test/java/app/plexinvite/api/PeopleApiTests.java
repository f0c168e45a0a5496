package app.plexinvite.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.users.ActionResult;
import app.plexinvite.users.Person;
import app.plexinvite.users.PersonDetail;
import app.plexinvite.users.PersonEvent;
import app.plexinvite.users.PersonOrigin;
import app.plexinvite.users.PersonPage;
import app.plexinvite.users.PersonQuery;
import app.plexinvite.users.PersonState;

import static app.plexinvite.api.RequestsApiTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The people endpoints: list, one, remove access, change profile, set or clear the end of
 * access, with what the people feature answers turned into problems.
 */
class PeopleApiTests extends ApiTest {

	@Autowired
	AccessProfiles profiles;

	@Test
	void listsPeopleWithSearchStateFilterAndPaging() {
		given(this.people.find(any(PersonQuery.class)))
			.willReturn(new PersonPage(List.of(person(7, PersonState.ACCEPTED)), 51, 1, 25));

		MvcTestResult page = get("/api/v1/people?search=dana&state=ACCEPTED&state=PENDING&page=1&size=25", key());

		assertThat(page).hasStatusOk().bodyJson().extractingPath("$.items[0].name").isEqualTo("dana");
		assertThat(page).bodyJson().extractingPath("$.total").isEqualTo(51);
		assertThat(page).bodyJson().extractingPath("$.pages").isEqualTo(3);
		ArgumentCaptor<PersonQuery> query = ArgumentCaptor.forClass(PersonQuery.class);
		then(this.people).should().find(query.capture());
		assertThat(query.getValue().text()).isEqualTo("dana");
		assertThat(query.getValue().states()).isEqualTo(Set.of(PersonState.ACCEPTED, PersonState.PENDING));
		assertThat(query.getValue().page()).isEqualTo(1);
		assertThat(query.getValue().size()).isEqualTo(25);
		assertProblem(get("/api/v1/people?size=500", key()), 422, "validation");
	}

	@Test
	void showsOnePersonWithTheirHistory() {
		knows(person(7, PersonState.ACCEPTED));

		MvcTestResult one = get("/api/v1/people/7", key());

		assertThat(one).hasStatusOk().bodyJson().extractingPath("$.email").isEqualTo("dana@example.com");
		assertThat(one).bodyJson().extractingPath("$.history[0].kind").isEqualTo("SHARED");
		assertProblem(get("/api/v1/people/8", key()), 404, "not-found");
	}

	@Test
	void removesAccessAndAnswersWhatThePeopleFeatureRefuses() {
		knows(person(7, PersonState.ACCEPTED));
		given(this.people.revoke(7)).willReturn(ActionResult.done("people.result.revoked", "dana"));
		given(this.people.revoke(8)).willReturn(ActionResult.refused("people.result.not-holding", "eli", "REVOKED"));
		given(this.people.revoke(9)).willReturn(ActionResult.refused("people.result.plex-failed", "fay", "timeout"));
		given(this.people.revoke(10)).willReturn(ActionResult.refused("people.result.not-found"));
		String key = key();

		assertThat(post("/api/v1/people/7/revoke", key, null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.id")
			.isEqualTo(7);
		MvcTestResult conflict = post("/api/v1/people/8/revoke", key, null);
		assertProblem(conflict, 409, "conflict");
		assertThat(conflict).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Nothing changed: eli has no access now (REVOKED).");
		assertProblem(post("/api/v1/people/9/revoke", key, null), 502, "plex-failed");
		assertProblem(post("/api/v1/people/10/revoke", key, null), 404, "not-found");
	}

	@Test
	void changesTheProfileToOneOfTheOwners() {
		knows(person(7, PersonState.ACCEPTED));
		long profile = this.profiles.defaultProfile().id();
		given(this.people.changeProfile(7, profile)).willReturn(ActionResult.done("people.result.access-changed", "d"));
		String key = key();

		assertThat(put("/api/v1/people/7/profile", key, "{\"profileId\":" + profile + "}")).hasStatusOk();
		then(this.people).should().changeProfile(7, profile);

		MvcTestResult unknown = put("/api/v1/people/7/profile", key, "{\"profileId\":999}");
		assertProblem(unknown, 422, "validation");
		assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("profileId");
		assertProblem(put("/api/v1/people/7/profile", key, "{}"), 422, "validation");
		then(this.people).should(never()).changeProfile(anyLong(), org.mockito.ArgumentMatchers.eq(999L));
	}

	@Test
	void setsAndClearsTheEndOfAccess() {
		knows(person(7, PersonState.ACCEPTED));
		Instant end = this.clock.instant().plus(Duration.ofDays(30));
		given(this.people.setExpiry(7, end)).willReturn(ActionResult.done("people.result.expiry-set", "dana"));
		given(this.people.setExpiry(7, null)).willReturn(ActionResult.done("people.result.expiry-cleared", "dana"));
		Instant past = this.clock.instant().minus(Duration.ofDays(1));
		given(this.people.setExpiry(7, past)).willReturn(ActionResult.refused("people.result.expiry-in-past", "dana"));
		String key = key();

		assertThat(put("/api/v1/people/7/expiry", key, "{\"endsAt\":\"" + end + "\"}")).hasStatusOk();
		assertThat(put("/api/v1/people/7/expiry", key, "{\"endsAt\":null}")).hasStatusOk();
		MvcTestResult refused = put("/api/v1/people/7/expiry", key, "{\"endsAt\":\"" + past + "\"}");

		assertProblem(refused, 422, "validation");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("endsAt");
		then(this.people).should().setExpiry(7, end);
		then(this.people).should().setExpiry(7, null);
		assertProblem(put("/api/v1/people/7/expiry", key, "{\"endsAt\":\"next tuesday\"}"), 400, "bad-request");
	}

	private void knows(Person person) {
		given(this.people.find(person.id())).willReturn(Optional.of(new PersonDetail(person,
				List.of(new PersonEvent(START, PersonEvent.Kind.SHARED, "link Party", null)))));
	}

	private static Person person(long id, PersonState state) {
		return new Person(id, 1000 + id, "dana", "dana@example.com", "Dana", state, PersonOrigin.LINK, 5L, "Party", 77L,
				null, false, List.of(11L), null, null, null, null, 0, 0, null, null, START, null, START, 0);
	}

}
