package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;

import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimShare;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner manages people with access in a real browser against the app in demo mode:
 * two friends shared in Plex Web before Plex Invite existed are imported by "Sync now";
 * the owner revokes one and gives the other different libraries, and plex.tv's shares
 * follow exactly.
 */
class PeopleJourneyTests extends Journeys {

	@Test
	void theOwnerRevokesOnePersonAndChangesAnothersLibraries() throws IOException {
		List<SimLibrary> movies = libraries("Movies");
		SimAccount hank = this.simulator.addAccount("hank", "hank@example.com");
		SimAccount ivy = this.simulator.addAccount("ivy", "ivy@example.com");
		SimShare hankShare = this.simulator.shareOutOfBand(this.simulator.server("Demo Server"), hank, ids(movies),
				true);
		this.simulator.shareOutOfBand(this.simulator.server("Demo Server"), ivy, ids(movies), true);

		Owner owner = new Owner(this.desktop, this.texts);
		owner.signsIn();
		PeoplePages people = new PeoplePages(this.desktop, this.texts);
		people.syncNow();
		people.opens("hank");
		people.revokes("hank");
		assertThat(this.simulator.shares()).noneMatch((share) -> share.id() == hankShare.id());

		List<SimLibrary> chosen = libraries("TV Shows", "Kids");
		people.opens("ivy");
		people.givesLibraries("ivy", ids(chosen));
		SimShare ivyShare = shareOf(ivy);
		assertThat(ivyShare.allLibraries()).isFalse();
		assertThat(ivyShare.librarySectionIds()).containsExactlyInAnyOrderElementsOf(ids(chosen));
	}

	private SimShare shareOf(SimAccount account) {
		return this.simulator.shares()
			.stream()
			.filter((share) -> Long.valueOf(account.id()).equals(share.invitedId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("plex.tv has no share with " + account.username()));
	}

	private static List<Long> ids(List<SimLibrary> libraries) {
		return libraries.stream().map(SimLibrary::plexTvId).toList();
	}

}
