package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invite link from end to end in real browsers against the app in demo mode: the owner
 * makes a single-use link for the "Family" profile at a desktop; the invitee opens it on
 * a phone, signs in with Plex on the simulator's page in a popup, and lands on the guide;
 * plex.tv then holds an accepted share with exactly the profile's libraries.
 */
class InviteLinkJourneyTests extends Journeys {

	@Autowired
	AccessProfiles profiles;

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

	private static AccessProfile.Library library(SimLibrary library) {
		return new AccessProfile.Library(library.plexTvId(), library.title());
	}

}
