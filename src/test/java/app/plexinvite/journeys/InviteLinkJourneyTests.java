package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invite link from end to end in real browsers against the app in demo mode: the owner
 * makes a single-use link for the "Family" profile at a desktop; the invitee opens it on
 * a phone, signs in with Plex on the simulator's page in a popup, and lands on the guide;
 * plex.tv then holds an accepted share with exactly the profile's libraries.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InviteLinkJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	PlexSimulator simulator;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	MessageSource messages;

	private Texts texts;

	private Browser phone;

	private Browser desktop;

	@BeforeAll
	void startBrowsers() throws IOException {
		this.texts = new Texts(this.messages);
		String base = "http://127.0.0.1:" + this.port;
		this.phone = Browser.phone(base);
		this.desktop = Browser.desktop(base);
	}

	@AfterAll
	void stopBrowsers() throws IOException {
		try (Browser phone = this.phone; Browser desktop = this.desktop) {
			// both are closed, even when one fails to
		}
	}

	@Test
	void theOwnerMakesALinkAndTheInviteeJoinsWithPlexOnAPhone() throws IOException {
		List<SimLibrary> family = libraries("Movies", "Kids");
		this.profiles
			.create(new ProfileDraft("Family", false, family.stream().map(InviteLinkJourneyTests::library).toList(),
					true, false, false, null, null, null, null));
		SimAccount zoe = this.simulator.addAccount("zoe", "zoe@example.com");

		Owner owner = new Owner(this.desktop, this.texts);
		owner.signsIn();
		String link = owner.createsALink("For Zoe", "Family");

		Invitee invitee = new Invitee(this.phone, this.texts);
		invitee.opensTheLink(link, "Movies", "Kids");
		invitee.signsInWithPlexAs("zoe");
		invitee.seesTheGuide();

		SimShare share = this.simulator.shares()
			.stream()
			.filter((candidate) -> Long.valueOf(zoe.id()).equals(candidate.invitedId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("plex.tv has no share with zoe"));
		assertThat(share.accepted()).isTrue();
		assertThat(share.allLibraries()).isFalse();
		assertThat(share.librarySectionIds())
			.containsExactlyInAnyOrderElementsOf(family.stream().map(SimLibrary::plexTvId).toList());
		assertThat(share.settings()).containsEntry("allowSync", "1");
	}

	private List<SimLibrary> libraries(String... titles) {
		List<SimLibrary> all = this.simulator.server("Demo Server").libraries();
		return List.of(titles)
			.stream()
			.map((title) -> all.stream().filter((library) -> library.title().equals(title)).findFirst().orElseThrow())
			.toList();
	}

	private static AccessProfile.Library library(SimLibrary library) {
		return new AccessProfile.Library(library.plexTvId(), library.title());
	}

}
