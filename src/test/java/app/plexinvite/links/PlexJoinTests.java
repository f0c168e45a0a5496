package app.plexinvite.links;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexToken;
import app.plexinvite.plex.ShareResult;
import app.plexinvite.plex.ShareSettings;
import app.plexinvite.plexsim.SimAccount;

import static app.plexinvite.links.JoinSimulator.movies;
import static app.plexinvite.links.JoinSimulator.music;
import static app.plexinvite.links.JoinSimulator.newAccount;
import static app.plexinvite.links.JoinSimulator.sharesOf;
import static app.plexinvite.links.JoinSimulator.sim;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Plex side of joining against the simulator: sign-in checks, share, accept with the
 * invitee's token (plex-protocol.md §8b).
 */
class PlexJoinTests extends JoinAppTest {

	static final LibrarySelection MOVIES = LibrarySelection.of(Set.of(movies.plexTvId()));

	@Autowired
	PlexClient plex;

	PlexJoin join;

	@BeforeEach
	void pauseless() {
		this.join = new PlexJoin(this.plex, Duration.ZERO);
	}

	private PlexJoin.Shared signInAndJoin(SimAccount account, LibrarySelection libraries) {
		PlexToken token = new PlexToken(account.token());
		PlexJoin.SignIn who = this.join.signIn(token);
		assertThat(who.usable()).isTrue();
		return this.join.shareAndAccept(token, who.account(), libraries, ShareSettings.defaults());
	}

	@Test
	void sharesWithANewAccountAndAcceptsForThem() {
		SimAccount newcomer = newAccount();

		PlexJoin.Shared shared = signInAndJoin(newcomer, MOVIES);

		assertThat(shared.accepted()).isTrue();
		assertThat(shared.share().outcome()).isEqualTo(ShareResult.Outcome.INVITED);
		assertThat(sharesOf(newcomer)).singleElement().satisfies((share) -> {
			assertThat(share.accepted()).isTrue();
			assertThat(share.librarySectionIds()).containsExactly(movies.plexTvId());
			assertThat(share.id()).isEqualTo(shared.share().shareId());
		});
	}

	@Test
	void updatesAnExistingFriendInsteadOfFailing() {
		SimAccount friend = newAccount();
		sim.acceptInvite(this.plex.share(friend.username(), MOVIES, ShareSettings.defaults()).shareId());

		PlexJoin.Shared shared = signInAndJoin(friend,
				LibrarySelection.of(Set.of(movies.plexTvId(), music.plexTvId())));

		assertThat(shared.share().outcome()).isEqualTo(ShareResult.Outcome.ALREADY_SHARED_UPDATED);
		assertThat(shared.accepted()).isTrue();
		assertThat(sharesOf(friend)).singleElement()
			.satisfies((share) -> assertThat(share.librarySectionIds()).containsExactlyInAnyOrder(movies.plexTvId(),
					music.plexTvId()));
	}

	@Test
	void acceptsAnInviteThatWasPendingAlready() {
		SimAccount invited = newAccount();
		this.plex.share(invited.email(), MOVIES, ShareSettings.defaults());

		PlexJoin.Shared shared = signInAndJoin(invited, MOVIES);

		assertThat(shared.accepted()).isTrue();
		assertThat(sharesOf(invited)).singleElement().satisfies((share) -> assertThat(share.accepted()).isTrue());
	}

	@Test
	void asksToSignInAgainWhenPlexRejectsTheToken() {
		SimAccount revoked = newAccount();
		sim.revokeToken(revoked.token());

		PlexJoin.SignIn who = this.join.signIn(new PlexToken(revoked.token()));

		assertThat(who.usable()).isFalse();
		assertThat(who.problem()).isEqualTo(JoinOutcome.Kind.SIGN_IN_AGAIN);
	}

	@Test
	void refusesTheOwnersOwnAccountKindly() {
		PlexJoin.SignIn who = this.join.signIn(new PlexToken(sim.ownerToken()));

		assertThat(who.problem()).isEqualTo(JoinOutcome.Kind.OWN_ACCOUNT);
	}

	@Test
	void asksToConfirmTheEmailFirstAndSharesNothing() {
		SimAccount unconfirmed = newAccount();
		sim.confirmEmail(unconfirmed, false);

		PlexJoin.SignIn who = this.join.signIn(new PlexToken(unconfirmed.token()));

		assertThat(who.problem()).isEqualTo(JoinOutcome.Kind.CONFIRM_EMAIL);
		assertThat(sharesOf(unconfirmed)).isEmpty();
	}

	@Test
	void retriesAnAcceptThatFailedOnce() {
		SimAccount newcomer = newAccount();
		sim.faults().failNext("POST", "/api/v2/shared_servers/\\d+/accept/?", 500);

		PlexJoin.Shared shared = signInAndJoin(newcomer, MOVIES);

		assertThat(shared.accepted()).isTrue();
		assertThat(sharesOf(newcomer)).singleElement().satisfies((share) -> assertThat(share.accepted()).isTrue());
		assertThat(acceptCalls(shared.share().shareId())).isEqualTo(2);
	}

	@Test
	void reportsAnAcceptThatKeptFailingAndASecondSignInFinishesWithoutASecondShare() {
		SimAccount newcomer = newAccount();
		for (int i = 0; i < PlexJoin.ACCEPT_ATTEMPTS; i++) {
			sim.faults().failNext("POST", "/api/v2/shared_servers/\\d+/accept/?", 500);
		}

		PlexJoin.Shared first = signInAndJoin(newcomer, MOVIES);
		PlexJoin.Shared again = signInAndJoin(newcomer, MOVIES);

		assertThat(first.accepted()).isFalse();
		assertThat(again.accepted()).isTrue();
		assertThat(again.share().outcome()).isEqualTo(ShareResult.Outcome.ALREADY_SHARED_UPDATED);
		assertThat(sharesOf(newcomer)).singleElement().satisfies((share) -> assertThat(share.accepted()).isTrue());
	}

	private static long acceptCalls(long shareId) {
		return sim.requests()
			.stream()
			.filter((request) -> request.method().equals("POST")
					&& request.path().endsWith("/shared_servers/" + shareId + "/accept"))
			.count();
	}

}
