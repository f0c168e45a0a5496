package app.plexinvite.plex;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimShare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlexClientSharingTest {

	private final SimFixture fixture = new SimFixture();

	private final SimAccount bob = this.fixture.sim.addAccount("bob", "bob@example.com");

	private final PlexClient client = this.fixture.client();

	@AfterEach
	void close() {
		this.fixture.close();
	}

	private String mid() {
		return this.fixture.server.machineIdentifier();
	}

	private JsonNode body(String method, String path) {
		return PlexWire.JSON.readTree(this.fixture.only(method, path).body());
	}

	@Test
	void sharesPlexTvIdsNotServerKeysAsTheV1BodySays() {
		ShareResult result = this.client.share("bob", LibrarySelection.of(Set.of(this.fixture.movies.plexTvId())),
				new ShareSettings(true, false, false, "label=kids", "", ""));

		assertThat(result.outcome()).isEqualTo(ShareResult.Outcome.INVITED);
		JsonNode body = body("POST", "/api/servers/" + mid() + "/shared_servers");
		assertThat(body.get("server_id").stringValue()).isEqualTo(mid());
		JsonNode ids = body.get("shared_server").get("library_section_ids");
		assertThat(ids.isArray()).isTrue();
		assertThat(ids.get(0).isNumber()).isTrue();
		assertThat(ids.get(0).longValue()).isEqualTo(this.fixture.movies.plexTvId())
			.isNotEqualTo(Long.parseLong(this.fixture.movies.key()));
		assertThat(body.get("shared_server").get("invited_email").stringValue()).isEqualTo("bob");
		assertThat(body.get("sharing_settings").get("allowSync").stringValue()).isEqualTo("1");
		assertThat(body.get("sharing_settings").get("allowChannels").stringValue()).isEqualTo("0");
		assertThat(body.get("sharing_settings").get("filterMovies").stringValue()).isEqualTo("label=kids");
		SimShare share = this.fixture.sim.shares().get(0);
		assertThat(share.id()).isEqualTo(result.shareId());
		assertThat(share.allLibraries()).isFalse();
		assertThat(share.librarySectionIds()).containsExactly(this.fixture.movies.plexTvId());
	}

	@Test
	void sendsAnEmptyListOnlyWhenEveryLibraryIsChosen() {
		this.client.share("bob@example.com", LibrarySelection.all(), ShareSettings.defaults());

		JsonNode ids = body("POST", "/api/servers/" + mid() + "/shared_servers").get("shared_server")
			.get("library_section_ids");
		assertThat(ids.isArray()).isTrue();
		assertThat(ids.size()).isZero();
		assertThat(this.fixture.sim.shares()).singleElement().satisfies((share) -> {
			assertThat(share.allLibraries()).isTrue();
			assertThat(share.invitedId()).isEqualTo(this.bob.id());
		});
	}

	@Test
	void updatesTheExistingShareWhenPlexSaysItIsAlreadyShared() {
		long first = this.client
			.share("bob", LibrarySelection.of(Set.of(this.fixture.movies.plexTvId())), ShareSettings.defaults())
			.shareId();
		this.fixture.sim.clearRequests();

		ShareResult again = this.client.share("bob",
				LibrarySelection.of(Set.of(this.fixture.shows.plexTvId(), this.fixture.music.plexTvId())),
				new ShareSettings(true, false, false, "", "", ""));

		assertThat(again.outcome()).isEqualTo(ShareResult.Outcome.ALREADY_SHARED_UPDATED);
		assertThat(again.shareId()).isEqualTo(first);
		assertThat(body("PUT", "/api/servers/" + mid() + "/shared_servers/" + first).get("shared_server")
			.get("library_section_ids")
			.values()).map(JsonNode::longValue)
			.containsExactly(this.fixture.shows.plexTvId(), this.fixture.music.plexTvId());
		JsonNode v2 = body("POST", "/api/v2/shared_servers/" + first);
		assertThat(v2.get("settings").get("allowSync").booleanValue()).isTrue();
		assertThat(this.fixture.sim.shares()).singleElement().satisfies((share) -> {
			assertThat(share.librarySectionIds()).containsExactlyInAnyOrder(this.fixture.shows.plexTvId(),
					this.fixture.music.plexTvId());
			assertThat(share.settings().get("allowSync")).isIn("1", "true");
		});
	}

	@Test
	void updatesAPendingEmailInviteFoundAmongPendingInvites() {
		this.client.share("nobody-yet@example.com", LibrarySelection.all(), ShareSettings.defaults());

		ShareResult again = this.client.share("nobody-yet@example.com",
				LibrarySelection.of(Set.of(this.fixture.movies.plexTvId())), ShareSettings.defaults());

		assertThat(again.outcome()).isEqualTo(ShareResult.Outcome.ALREADY_SHARED_UPDATED);
		assertThat(this.fixture.sim.shares()).singleElement()
			.satisfies(
					(share) -> assertThat(share.librarySectionIds()).containsExactly(this.fixture.movies.plexTvId()));
	}

	@Test
	void reportsAnUnknownUsername() {
		PlexException ex = catchThrowableOfType(PlexException.class,
				() -> this.client.share("ghost", LibrarySelection.all(), ShareSettings.defaults()));

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.UNKNOWN_USER);
		assertThat(this.fixture.sim.shares()).isEmpty();
	}

	@Test
	void retriesAnInviteThatPlexDeclinedBeforeProcessing() {
		this.fixture.sim.faults().failNext("POST", ".*/shared_servers", 503);

		ShareResult result = this.client.share("bob", LibrarySelection.all(), ShareSettings.defaults());

		assertThat(result.outcome()).isEqualTo(ShareResult.Outcome.INVITED);
		assertThat(this.fixture.waits).containsExactly(Duration.ofSeconds(1));
		assertThat(this.fixture.sim.shares()).hasSize(1);
	}

	@Test
	void neverRepeatsAnInviteAfterAnAmbiguousServerError() {
		this.fixture.sim.faults().failNext("POST", ".*/shared_servers", 500);

		PlexException ex = catchThrowableOfType(PlexException.class,
				() -> this.client.share("bob", LibrarySelection.all(), ShareSettings.defaults()));

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.PLEX_ERROR);
		assertThat(ex.httpStatus()).contains(500);
		assertThat(this.fixture.requests("POST", "/api/servers/" + mid() + "/shared_servers")).hasSize(1);
		assertThat(this.fixture.waits).isEmpty();
	}

	@Test
	void listsUsersPendingInvitesAndAcceptedShares() {
		long shareId = this.client.share("bob", LibrarySelection.all(), ShareSettings.defaults()).shareId();

		assertThat(this.client.pendingInvites()).singleElement().satisfies((invite) -> {
			assertThat(invite.id()).isEqualTo(shareId);
			assertThat(invite.machineIdentifier()).isEqualTo(mid());
			assertThat(invite.invitedId()).isEqualTo(this.bob.id());
			assertThat(invite.accepted()).isFalse();
		});
		assertThat(this.client.acceptedShares()).isEmpty();
		this.fixture.sim.acceptInvite(shareId);

		assertThat(this.client.pendingInvites()).isEmpty();
		assertThat(this.client.acceptedShares()).singleElement()
			.satisfies((share) -> assertThat(share.allLibraries()).isTrue());
		List<PlexUser> users = this.client.users();
		assertThat(users).filteredOn((user) -> user.username().equals("bob"))
			.singleElement()
			.satisfies((user) -> assertThat(user.shares()).singleElement().satisfies((share) -> {
				assertThat(share.id()).isEqualTo(shareId);
				assertThat(share.machineIdentifier()).isEqualTo(mid());
				assertThat(share.pending()).isFalse();
			}));
		assertThat(this.fixture.requests("GET", "/api/v2/shared_servers/"))
			.allSatisfy((request) -> assertThat(request.header("Accept")).contains("application/json"));
	}

	@Test
	void cancelsAPendingInvite() {
		long shareId = this.client.share("bob", LibrarySelection.all(), ShareSettings.defaults()).shareId();

		this.client.cancelInvite(shareId);

		assertThat(this.fixture.requests("DELETE", "/api/v2/shared_servers/" + shareId)).hasSize(1);
		assertThat(this.fixture.sim.shares()).isEmpty();
	}

	@Test
	void removesAShareOfThisServer() {
		long shareId = this.client.share("bob", LibrarySelection.all(), ShareSettings.defaults()).shareId();
		this.fixture.sim.acceptInvite(shareId);

		this.client.removeShare(shareId);

		assertThat(this.fixture.requests("DELETE", "/api/servers/" + mid() + "/shared_servers/" + shareId)).hasSize(1);
		assertThat(this.fixture.sim.shares()).isEmpty();
		assertThat(catchThrowableOfType(PlexException.class, () -> this.client.removeShare(shareId)).reason())
			.isEqualTo(PlexException.Reason.UNKNOWN_USER);
	}

	@Test
	void updatesAShareLibrariesAndSettings() {
		long shareId = this.client.share("bob", LibrarySelection.all(), ShareSettings.defaults()).shareId();

		this.client.updateShare(shareId, LibrarySelection.of(Set.of(this.fixture.shows.plexTvId())),
				new ShareSettings(false, false, true, "", "", ""));

		assertThat(this.fixture.sim.shares()).singleElement().satisfies((share) -> {
			assertThat(share.allLibraries()).isFalse();
			assertThat(share.librarySectionIds()).containsExactly(this.fixture.shows.plexTvId());
			assertThat(share.settings().get("allowChannels")).isIn("1", "true");
		});
		assertThat(body("POST", "/api/v2/shared_servers/" + shareId).get("librarySectionIds").values())
			.map(JsonNode::longValue)
			.containsExactly(this.fixture.shows.plexTvId());
	}

}
