package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkDraft;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a sub-path (BASE_PATH=/invite) the invitee's page script works: it posts the
 * sign-in, polls the status address the server gave it and moves on to the welcome page,
 * all under the base path, and the browser asks our site for nothing outside it (not even
 * a favicon).
 */
@TestPropertySource(properties = "plexinvite.base-path=/invite")
class SubPathJourneyTests extends Journeys {

	@Autowired
	InviteLinks links;

	@Autowired
	AccessProfiles profiles;

	@Test
	void theInviteeJoinsWithPlexThroughThePagesScriptUnderTheBasePath() throws IOException {
		this.simulator.addAccount("sam", "sam@example.com");
		SimLibrary movies = libraries("Movies").get(0);
		AccessProfile profile = this.profiles.create(new ProfileDraft("Sub-path", false,
				List.of(new AccessProfile.Library(movies.plexTvId(), movies.title())), true, false, false, null, null,
				null, null));
		String code = this.links
			.create(new LinkDraft("Sub-path journey", null, null, null, null, 1, profile.id(), null, false, false))
			.code();
		Invitee invitee = new Invitee(this.phone, this.texts);
		this.phone.open("/invite/i/" + code);
		try {
			invitee.signsInWithPlexAs("sam");
		}
		catch (RuntimeException ex) {
			System.out.println(
					"DEBUG URL " + this.phone.driver().getCurrentUrl() + " TEXT " + this.phone.find("main").getText());
			throw ex;
		}
		invitee.seesTheGuide();
		assertThat(this.phone.driver().getCurrentUrl()).endsWith("/invite/i/" + code + "/welcome");
		// Only our own origin: the simulator's sign-in page (the popup) has no favicon.
		String ours = "http://127.0.0.1:" + this.port + "/";
		assertThat(this.phone.consoleProblems()).as("nothing of ours is asked for outside the base path")
			.noneMatch((problem) -> problem.startsWith(ours) && !problem.startsWith(ours + "invite/"));
	}

}
