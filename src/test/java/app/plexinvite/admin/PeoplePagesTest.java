package app.plexinvite.admin;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.support.AppTest;
import app.plexinvite.users.People;
import app.plexinvite.users.PeopleCounts;
import app.plexinvite.users.Person;
import app.plexinvite.users.PersonDetail;
import app.plexinvite.users.PersonEvent;
import app.plexinvite.users.PersonOrigin;
import app.plexinvite.users.PersonPage;
import app.plexinvite.users.PersonQuery;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncStatus;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The people pages over MockMvc with the real application around them and the people
 * feature mocked ({@link People} is written by other hands; these tests pin down what the
 * pages ask of it). Plex is not connected unless a test says what
 * {@code PlexClient.libraries()} answers. One shared context for every people page test.
 */
@AppTest
@AutoConfigureMockMvc
abstract class PeoplePagesTest {

	static final Instant JOINED = Instant.parse("2026-03-01T09:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccessProfiles profiles;

	@MockitoBean
	People people;

	@MockitoSpyBean
	PlexClient plex;

	@BeforeEach
	void nobodyYet() {
		given(this.people.find(any(PersonQuery.class))).willReturn(new PersonPage(List.of(), 0, 0, 50));
		given(this.people.find(anyLong())).willReturn(Optional.empty());
		given(this.people.counts()).willReturn(counts(0, 0, 0, 0));
		given(this.people.syncStatus()).willReturn(neverSynced());
	}

	static Person person(long id, String username, PersonState state) {
		return new Person(id, 1000 + id, username, username + "@example.com", username, state, PersonOrigin.LINK, 5L,
				"Party", 77L + id, null, false, List.of(11L, 12L), null, null, null, null, 0, 0, null, null, JOINED,
				null, JOINED, 0);
	}

	void knows(Person person, PersonEvent... history) {
		given(this.people.find(person.id())).willReturn(Optional.of(new PersonDetail(person, List.of(history))));
	}

	static PeopleCounts counts(long pending, long accepted, long soon, long failures) {
		Map<PersonState, Long> byState = new EnumMap<>(PersonState.class);
		for (PersonState state : PersonState.values()) {
			byState.put(state, 0L);
		}
		byState.put(PersonState.PENDING, pending);
		byState.put(PersonState.ACCEPTED, accepted);
		return new PeopleCounts(byState, soon, failures);
	}

	static SyncStatus neverSynced() {
		return new SyncStatus(null, null, null, null, 0, 0, 0, null);
	}

	/**
	 * The owner's profile with this name (every library), made once for the shared
	 * database.
	 */
	AccessProfile profile(String name) {
		return this.profiles.all()
			.stream()
			.filter((profile) -> profile.name().equals(name))
			.findFirst()
			.orElseGet(() -> this.profiles
				.create(new ProfileDraft(name, true, List.of(), false, false, false, null, null, null, null)));
	}

	MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(user("owner").roles("ADMIN")).accept("text/html").exchange();
	}

	MvcTestResult post(String uri, String... fields) {
		var request = this.mvc.post().uri(uri).with(user("owner").roles("ADMIN")).with(csrf()).accept("text/html");
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	/** A page as it shows after a redirect that carried this flash attribute. */
	MvcTestResult getWithFlash(String uri, String name, Object value) {
		return this.mvc.get()
			.uri(uri)
			.flashAttr(name, value)
			.with(user("owner").roles("ADMIN"))
			.accept("text/html")
			.exchange();
	}

}
