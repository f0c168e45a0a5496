package app.plexinvite.plexsim;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Shares made and ended outside any app (plex-protocol.md §7a, §7c, §8b, §9): plex.tv
 * lists them like any other, and no request reaches the simulator.
 */
class OutOfBandSharingTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	private final SimServer server = this.sim.addServer("Living Room");

	private final SimLibrary movies = this.server.addLibrary("Movies", "movie");

	private final SimLibrary music = this.server.addLibrary("Music", "artist");

	private final SimAccount friend = this.sim.addAccount("friend", "friend@example.com");

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void listsAnAcceptedShareInTheUsersAndAcceptedListsOnly() {
		SimShare share = this.sim.shareOutOfBand(this.server, this.friend, List.of(this.movies.plexTvId()), true);

		assertThat(this.sim.requests()).isEmpty();
		assertThat(share.accepted()).isTrue();
		assertThat(share.invitedId()).isEqualTo(this.friend.id());
		assertThat(share.librarySectionIds()).containsExactly(this.movies.plexTvId());
		assertThat(users()).contains("<User id=\"" + this.friend.id() + "\"")
			.contains("<Server id=\"" + share.id() + "\"")
			.contains("pending=\"0\"");
		assertThat(accepted()).contains("\"id\":" + share.id() + ",")
			.contains("\"accepted\":true")
			.contains("\"title\":\"Movies\"")
			.doesNotContain("\"title\":\"Music\"");
		assertThat(pending()).isEqualTo("[]");
	}

	@Test
	void sharesEveryLibraryPendingWhenNoSectionIsGiven() {
		SimShare share = this.sim.shareOutOfBand(this.server, this.friend, List.of(), false);

		assertThat(share.allLibraries()).isTrue();
		assertThat(share.accepted()).isFalse();
		assertThat(users()).contains("<Server id=\"" + share.id() + "\"").contains("pending=\"1\"");
		assertThat(pending()).contains("\"id\":" + share.id() + ",").contains("\"allLibraries\":true");
		assertThat(accepted()).isEqualTo("[]");
	}

	@Test
	void invitesAnEmailWithoutAccountOnlyInThePendingList() {
		SimShare share = this.sim.inviteEmailOutOfBand(this.server, "nobody@example.com",
				List.of(this.music.plexTvId()));

		assertThat(share.invitedId()).isNull();
		assertThat(share.invitedEmail()).isEqualTo("nobody@example.com");
		assertThat(users()).doesNotContain("<User ");
		assertThat(pending()).contains("\"invitedEmail\":\"nobody@example.com\"")
			.contains("\"id\":" + share.id() + ",");
	}

	@Test
	void removesAShareFromEveryList() {
		SimShare accepted = this.sim.shareOutOfBand(this.server, this.friend, List.of(), true);
		SimShare invite = this.sim.inviteEmailOutOfBand(this.server, "nobody@example.com", List.of());

		this.sim.removeShareOutOfBand(accepted.id());
		this.sim.removeShareOutOfBand(invite.id());

		assertThat(this.sim.shares()).isEmpty();
		assertThat(users()).doesNotContain("<Server ");
		assertThat(accepted()).isEqualTo("[]");
		assertThat(pending()).isEqualTo("[]");
	}

	@Test
	void refusesWhatPlexTvWouldRefuse() {
		this.sim.shareOutOfBand(this.server, this.friend, List.of(), false);

		assertThatIllegalStateException()
			.isThrownBy(() -> this.sim.shareOutOfBand(this.server, this.friend, List.of(), true))
			.withMessageContaining("ALREADY_SHARED");
		SimAccount other = this.sim.addAccount("other", "other@example.com");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.sim.shareOutOfBand(this.server, other, List.of(999_999_999L), true))
			.withMessageContaining("UNKNOWN_SECTION");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.sim.inviteEmailOutOfBand(this.server, "no-at-sign", List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.sim.removeShareOutOfBand(424242L));
		assertThat(this.sim.shares()).hasSize(1);
	}

	private String users() {
		return this.http.get(this.sim.baseUrl() + "/api/users/", "X-Plex-Token", this.sim.ownerToken()).body();
	}

	private String accepted() {
		return list("/api/v2/shared_servers/owned/accepted").body();
	}

	private String pending() {
		return list("/api/v2/shared_servers/invites/owned/pending").body();
	}

	private HttpResponse<String> list(String path) {
		return this.http.v2(this.sim, "GET", path, null, "Accept", "application/json");
	}

}
