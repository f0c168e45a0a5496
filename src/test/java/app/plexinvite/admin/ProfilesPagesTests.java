package app.plexinvite.admin;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ContentFilter;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The owner's access profile pages in demo mode, against the simulated server: list,
 * create and edit with bad input, default, delete, and the push after an edit.
 */
@AppTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class ProfilesPagesTests {

	private static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlexSimulator simulator;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	PlexClient plex;

	@Autowired
	JdbcClient jdbc;

	private MockMvcTester.MockMvcRequestBuilder get(String path) {
		return this.mvc.get().uri(path).with(user("owner").roles("ADMIN"));
	}

	private MockMvcTester.MockMvcRequestBuilder post(String path) {
		return this.mvc.post().uri(path).with(user("owner").roles("ADMIN")).with(csrf());
	}

	private SimLibrary library(int index) {
		return this.simulator.server("Demo Server").libraries().get(index);
	}

	private static String unique(String name) {
		return name + " " + names.incrementAndGet();
	}

	private AccessProfile created(String name, SimLibrary... libraries) {
		List<AccessProfile.Library> chosen = List.of(libraries)
			.stream()
			.map((library) -> new AccessProfile.Library(library.plexTvId(), library.title()))
			.toList();
		return this.profiles.create(new ProfileDraft(name, false, chosen, false, false, false, null, null, null, null));
	}

	private AccessProfile named(String name) {
		return this.profiles.all().stream().filter((p) -> p.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theFormerLibrariesPageLeadsToTheProfiles() {
		assertThat(get("/admin/libraries")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/profiles");
	}

	@Test
	void listsProfilesWithLibraryNamesFlagsFiltersDurationAndTheDefaultBadge() {
		String name = unique("Teens");
		SimLibrary movies = library(0);
		this.profiles.create(new ProfileDraft(name, false,
				List.of(new AccessProfile.Library(movies.plexTvId(), movies.title())), true, false, false,
				new ContentFilter(List.of(), List.of("horror"), List.of(), List.of()), null, null, 14));

		assertThat(get("/admin/profiles")).hasStatusOk()
			.bodyText()
			.contains(name, movies.title(), "Allow downloads", "never labels horror", "14 days", "Nobody")
			.contains("Default", "Unlimited");
	}

	@Test
	void createsAProfileWithTheCheckedLibrariesByTitleFiltersAndDuration() {
		String name = unique("Family");
		SimLibrary movies = library(0);
		SimLibrary kids = library(4);
		assertThat(get("/admin/profiles/new")).hasStatusOk().bodyText().contains(movies.title(), kids.title());

		assertThat(post("/admin/profiles").param("name", name)
			.param("library", String.valueOf(movies.plexTvId()), String.valueOf(kids.plexTvId()))
			.param("allowSync", "true")
			.param("moviesDenyLabels", " horror, gore ,")
			.param("televisionAllowRatings", "TV-Y, TV-G")
			.param("limited", "true")
			.param("accessDays", "30")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/profiles")
			.flash()
			.containsEntry("success", "admin.profiles.created");

		AccessProfile saved = named(name);
		assertThat(saved.libraries()).containsExactlyInAnyOrder(
				new AccessProfile.Library(movies.plexTvId(), movies.title()),
				new AccessProfile.Library(kids.plexTvId(), kids.title()));
		assertThat(saved.allowSync()).isTrue();
		assertThat(saved.allowChannels()).isFalse();
		assertThat(saved.movies().denyLabels()).containsExactly("horror", "gore");
		assertThat(saved.television().allowRatings()).containsExactly("TV-Y", "TV-G");
		assertThat(saved.accessDays()).isEqualTo(30);
	}

	@Test
	void answersBadInputWithFieldErrorsAndKeepsWhatWasTyped() {
		int before = this.profiles.all().size();

		assertThat(post("/admin/profiles").param("name", " ")
			.param("moviesAllowLabels", "kids|adults")
			.param("musicDenyRatings", "keep-me")
			.param("limited", "true")
			.param("accessDays", "soon")).hasStatus(422)
			.bodyText()
			.contains("Give the profile a name.", "Choose at least one library, or every library.",
					"a value cannot contain | or =", "Type a whole number of days.")
			.contains("kids|adults", "keep-me");
		assertThat(post("/admin/profiles").param("name", "x")
			.param("allLibraries", "true")
			.param("limited", "true")
			.param("accessDays", "4000")).hasStatus(422).bodyText().contains("Access lasts from 1 to 3650 days.");
		assertThat(this.profiles.all()).hasSize(before);
	}

	@Test
	void refusesATakenNameAsAFieldError() {
		String name = unique("Taken");
		created(name, library(0));

		assertThat(post("/admin/profiles").param("name", name.toUpperCase(java.util.Locale.ROOT))
			.param("allLibraries", "true")).hasStatus(422)
			.bodyText()
			.contains("Another profile already has this name.");
	}

	@Test
	void keepsTheStoredChoicesAndSaysSoWhenPlexIsUnreachable() {
		AccessProfile stored = created(unique("Offline"), library(1));
		this.simulator.faults().outage(true);
		try {
			assertThat(get("/admin/profiles/" + stored.id())).hasStatusOk()
				.bodyText()
				.contains(library(1).title(), "The libraries chosen before are kept");
		}
		finally {
			this.simulator.faults().outage(false);
		}
	}

	@Test
	void afterAnEditShowsWhoHasTheProfileAndUpdatesTheirSharesOnRequest() {
		AccessProfile profile = created(unique("Pushed"), library(0));
		String friend = "pushed" + names.incrementAndGet();
		this.simulator.addAccount(friend, friend + "@example.com");
		long shareId = this.plex.share(friend, profile.selection(), profile.shareSettings()).shareId();
		this.jdbc
			.sql("INSERT INTO person (username, name_key, state, origin, plex_share_id, profile_id, joined_at, "
					+ "created_at, updated_at) VALUES (:name, :name, 'PENDING', 'REQUEST', :share, :profile, 1, 1, 1)")
			.param("name", friend)
			.param("share", shareId)
			.param("profile", profile.id())
			.update();

		assertThat(post("/admin/profiles/" + profile.id()).param("name", profile.name())
			.param("library", String.valueOf(library(0).plexTvId()), String.valueOf(library(1).plexTvId()))
			.param("moviesAllowRatings", "PG")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/profiles/" + profile.id() + "/push");
		assertThat(get("/admin/profiles/" + profile.id() + "/push")).hasStatusOk()
			.bodyText()
			.contains("1 person has this profile", friend, "Update their shares on Plex");
		assertThat(post("/admin/profiles/" + profile.id() + "/push")).hasStatus3xxRedirection()
			.flash()
			.containsKey("result");

		SimShare share = this.simulator.shares().stream().filter((s) -> s.id() == shareId).findFirst().orElseThrow();
		assertThat(share.librarySectionIds()).containsExactlyInAnyOrder(library(0).plexTvId(), library(1).plexTvId());
		assertThat(share.settings()).containsEntry("filterMovies", "contentRating=PG");
	}

	@Test
	void makesAProfileTheDefaultAndRefusesToDeleteTheDefaultOrOneInUse() {
		AccessProfile first = this.profiles.defaultProfile();
		AccessProfile other = created(unique("Other"), library(0));
		try {
			assertThat(post("/admin/profiles/" + other.id() + "/default")).hasStatus3xxRedirection()
				.flash()
				.containsEntry("success", "admin.profiles.madeDefault");
			assertThat(this.profiles.defaultProfile().id()).isEqualTo(other.id());
			assertThat(post("/admin/profiles/" + other.id() + "/delete")).hasStatus3xxRedirection()
				.flash()
				.containsEntry("problem", "profiles.delete.default");
		}
		finally {
			this.profiles.makeDefault(first.id());
		}
		AccessProfile used = created(unique("Used"), library(0));
		this.jdbc
			.sql("INSERT INTO invite_request (status_token, identifier, identifier_key, status, profile_id, "
					+ "created_at, updated_at) VALUES (:token, :name, :name, 'DENIED', :profile, 1, 1)")
			.param("token", "token-used-" + used.id())
			.param("name", "used" + used.id())
			.param("profile", used.id())
			.update();
		assertThat(post("/admin/profiles/" + used.id() + "/delete")).flash()
			.containsEntry("problem", "profiles.delete.inUse");
		assertThat(post("/admin/profiles/" + other.id() + "/delete")).flash()
			.containsEntry("success", "admin.profiles.deleted");
		assertThat(this.profiles.find(other.id())).isEmpty();
	}

	@Test
	void aLinksHiddenProfileIsNotAnOwnersPage() {
		AccessProfile hidden = this.profiles.createHidden(
				new ProfileDraft("Secret link profile", true, List.of(), false, false, false, null, null, null, null));

		assertThat(get("/admin/profiles/" + hidden.id())).hasStatus(404);
		assertThat(get("/admin/profiles")).bodyText().doesNotContain("Secret link profile");
	}

}
