package app.plexinvite.plex;

import java.util.List;
import java.util.Set;

import app.plexinvite.plex.ServerShares.ServerShare;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link PlexClient#serverShares()} against the simulator: /api/users (plex-protocol.md
 * §7a), v2 owned/accepted (§7c) and invites/owned/pending (§8b), merged per share id and
 * trusted only when they agree.
 */
class PlexClientServerSharesTest {

	private final SimFixture fixture = new SimFixture();

	private final SimAccount bob = this.fixture.sim.addAccount("bob", "bob@example.com");

	private final SimAccount carol = this.fixture.sim.addAccount("carol", "carol@example.com");

	private final PlexClient client = this.fixture.client();

	@AfterEach
	void close() {
		this.fixture.close();
	}

	@Test
	void mergesAccountsWithTheLibrariesSettingsAndStateOfEachShareOfThisServer() {
		long bobShare = this.client
			.share("bob", LibrarySelection.of(Set.of(this.fixture.movies.plexTvId())),
					new ShareSettings(true, false, true, "label=kids", "", ""))
			.shareId();
		this.fixture.sim.acceptInvite(bobShare);
		SimShare carolShare = this.fixture.sim.shareOutOfBand(this.fixture.server, this.carol, List.of(), false);
		SimShare emailInvite = this.fixture.sim.inviteEmailOutOfBand(this.fixture.server, "dora@example.com",
				List.of(this.fixture.music.plexTvId()));

		ServerShares answer = this.client.serverShares();

		assertThat(answer.complete()).isTrue();
		assertThat(answer.problem()).isNull();
		assertThat(answer.machineIdentifier()).isEqualTo(this.fixture.server.machineIdentifier());
		assertThat(answer.shares()).containsExactlyInAnyOrder(
				new ServerShare(bobShare, this.bob.id(), "bob", "bob@example.com", "bob", true, false,
						List.of(this.fixture.movies.plexTvId()),
						new ShareSettings(true, false, true, "label=kids", "", "")),
				new ServerShare(carolShare.id(), this.carol.id(), "carol", "carol@example.com", "carol", false, true,
						List.of(), ShareSettings.defaults()),
				new ServerShare(emailInvite.id(), null, null, "dora@example.com", "dora@example.com", false, false,
						List.of(this.fixture.music.plexTvId()), ShareSettings.defaults()));
	}

	@Test
	void leavesOutSharesOfTheOwnersOtherServers() {
		SimServer attic = this.fixture.sim.addServer("Attic");
		attic.addLibrary("Old Films", "movie");
		this.fixture.sim.shareOutOfBand(attic, this.bob, List.of(), true);
		SimShare here = this.fixture.sim.shareOutOfBand(this.fixture.server, this.carol, List.of(), true);

		ServerShares answer = this.client.serverShares();

		assertThat(answer.complete()).isTrue();
		assertThat(answer.shares()).extracting(ServerShare::shareId).containsExactly(here.id());
	}

	@Test
	void isIncompleteWhenUsersListsFewerThanItsTotalSize() {
		shareWithBobAndCarol();
		this.fixture.sim.faults().partialUserListNext(1);

		ServerShares answer = this.client.serverShares();

		assertThat(answer.complete()).isFalse();
		assertThat(answer.problem()).contains("listed 1 of 2 users (/api/users)")
			.contains("1 share(s) in a v2 list but not on /api/users");
		assertThat(answer.shares()).hasSize(2);
	}

	@Test
	void takesListsThatAreAllEmptyForACompleteAnswerListingNobody() {
		shareWithBobAndCarol();
		this.fixture.sim.faults().emptyShareListsNext(1);

		ServerShares answer = this.client.serverShares();

		assertThat(answer.shares()).isEmpty();
		assertThat(answer.complete()).as("consistent; the sync must still distrust nobody").isTrue();
	}

	@Test
	void isIncompleteWhenOnlyTheUsersListIsEmpty() {
		List<SimShare> shares = shareWithBobAndCarol();
		this.fixture.sim.faults().emptyShareListsNext(1);
		this.client.acceptedShares();
		this.client.pendingInvites();

		ServerShares answer = this.client.serverShares();

		assertThat(answer.complete()).isFalse();
		assertThat(answer.problem()).isEqualTo("2 share(s) in a v2 list but not on /api/users (ids "
				+ shares.get(0).id() + ", " + shares.get(1).id() + ")");
		assertThat(answer.shares()).extracting(ServerShare::username).containsExactlyInAnyOrder("bob", "carol");
	}

	@Test
	void isIncompleteAndLeavesOutWhatOnlyUsersListsWhenTheV2ListsAreEmpty() {
		shareWithBobAndCarol();
		this.fixture.sim.faults().emptyShareListsNext(1);
		this.client.users();

		ServerShares answer = this.client.serverShares();

		assertThat(answer.complete()).isFalse();
		assertThat(answer.problem()).startsWith("2 share(s) on /api/users but in neither v2 list");
		assertThat(answer.shares()).isEmpty();
	}

	@Test
	void throwsWhenAListFails() {
		shareWithBobAndCarol();
		this.fixture.sim.faults().failNext("GET", "/api/v2/shared_servers/invites/owned/pending", 401);

		PlexException failure = catchThrowableOfType(PlexException.class, this.client::serverShares);

		assertThat(failure.reason()).isEqualTo(PlexException.Reason.TOKEN_REJECTED);
	}

	@Test
	void changesNothingOnPlex() {
		shareWithBobAndCarol();
		this.fixture.sim.clearRequests();

		this.client.serverShares();

		assertThat(this.fixture.sim.requests()).allSatisfy((request) -> assertThat(request.method()).isEqualTo("GET"));
	}

	private List<SimShare> shareWithBobAndCarol() {
		return List.of(this.fixture.sim.shareOutOfBand(this.fixture.server, this.bob, List.of(), true),
				this.fixture.sim.shareOutOfBand(this.fixture.server, this.carol, List.of(), false));
	}

}
