package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class V1SharingTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	private final SimServer server = this.sim.addServer("Living Room");

	private final SimLibrary movies = this.server.addLibrary("Movies", "movie");

	private final SimLibrary shows = this.server.addLibrary("TV Shows", "show");

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void mapsPlexTvSectionIdsToPmsKeys() {
		HttpResponse<String> response = v1("GET", "/api/servers/" + this.server.machineIdentifier(), null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<Server name=\"Living Room\"")
			.contains("machineIdentifier=\"" + this.server.machineIdentifier() + "\"")
			.contains("<Section id=\"" + this.movies.plexTvId() + "\" key=\"1\" type=\"movie\" title=\"Movies\"/>")
			.contains("<Section id=\"" + this.shows.plexTvId() + "\" key=\"2\" type=\"show\" title=\"TV Shows\"/>");
		assertThat(this.movies.plexTvId()).isGreaterThan(1_000_000).isNotEqualTo(this.shows.plexTvId());
	}

	@Test
	void answers404ForAServerThatIsNotTheCallers() {
		SimAccount stranger = this.sim.addAccount("stranger", "stranger@example.com");

		HttpResponse<String> response = this.http.get(
				this.sim.baseUrl() + "/api/servers/" + this.server.machineIdentifier(), "X-Plex-Token",
				stranger.token());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(v1("GET", "/api/servers/0123456789", null).statusCode()).isEqualTo(404);
	}

	@Test
	void sharesChosenLibrariesByPlexTvIdWithAnExistingAccount() {
		SimAccount friend = this.sim.addAccount("friend", "friend@example.com");

		HttpResponse<String> response = invite("friend@example.com", "[" + this.movies.plexTvId() + "]");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<SharedServer id=\"").contains("userID=\"" + friend.id() + "\"");
		SimShare share = this.sim.shares().get(0);
		assertThat(share.invitedId()).isEqualTo(friend.id());
		assertThat(share.accepted()).isFalse();
		assertThat(share.allLibraries()).isFalse();
		assertThat(share.librarySectionIds()).containsExactly(this.movies.plexTvId());
		assertThat(share.settings()).containsEntry("allowSync", "1").containsEntry("filterMovies", "label=kids");
	}

	@Test
	void sharesEveryLibraryForAnEmptyList() {
		this.sim.addAccount("friend", "friend@example.com");

		invite("friend", "[]");

		assertThat(this.sim.shares().get(0).allLibraries()).isTrue();
		assertThat(v1("GET", "/api/users/", null).body()).contains("allLibraries=\"1\"")
			.contains("numLibraries=\"2\"")
			.contains("pending=\"1\"");
	}

	@Test
	void refusesSectionIdsOfAnotherServerOrPmsKeys() {
		this.sim.addAccount("friend", "friend@example.com");

		HttpResponse<String> response = invite("friend", "[1, 2]");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body())
			.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response code=\"400\" status=\"");
		assertThat(this.sim.shares()).isEmpty();
	}

	@Test
	void refusesSharingAgainWithTheExactPlexText() {
		this.sim.addAccount("plexFriend", "friend@example.com");
		invite("friend@example.com", "[]");

		HttpResponse<String> response = invite("plexFriend", "[]");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<Response code="400" status="You're already sharing this server with plexFriend. Please edit your existing share."/>
						""");
	}

	@Test
	void refusesAnUnknownUsername() {
		HttpResponse<String> response = invite("nobody-here", "[]");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<Response code=\"400\" status=\"");
		assertThat(this.sim.shares()).isEmpty();
	}

	@Test
	void keysAnInviteToAnEmailWithoutAccountByTheEmailUntilTheAccountExists() {
		invite("newcomer@example.com", "[]");

		SimShare pending = this.sim.shares().get(0);
		assertThat(pending.invitedId()).isNull();
		assertThat(pending.invitedEmail()).isEqualTo("newcomer@example.com");
		assertThat(v1("GET", "/api/users", null).body()).doesNotContain("<User ");

		SimAccount joined = this.sim.addAccount("newcomer", "newcomer@example.com");

		assertThat(this.sim.shares().get(0).invitedId()).isEqualTo(joined.id());
		assertThat(this.sim.shares().get(0).invitedUsername()).isEqualTo("newcomer");
	}

	@Test
	void listsAcceptedFriendsInUsersWithTheShareIdAsServerId() {
		SimAccount friend = this.sim.addAccount("friend", "friend@example.com");
		invite("friend", "[" + this.shows.plexTvId() + "]");
		long shareId = this.sim.shares().get(0).id();

		this.sim.acceptInvite(shareId);

		String users = v1("GET", "/api/users", null).body();
		assertThat(users).contains("<User id=\"" + friend.id() + "\" title=\"friend\" username=\"friend\"")
			.contains("<Server id=\"" + shareId + "\"")
			.contains("machineIdentifier=\"" + this.server.machineIdentifier() + "\"")
			.contains("numLibraries=\"1\" allLibraries=\"0\" owned=\"1\" pending=\"0\"");
	}

	@Test
	void updatesTheLibrariesOfAShareAndDeletesIt() {
		this.sim.addAccount("friend", "friend@example.com");
		invite("friend", "[" + this.movies.plexTvId() + "]");
		long shareId = this.sim.shares().get(0).id();
		String path = "/api/servers/" + this.server.machineIdentifier() + "/shared_servers/" + shareId;

		HttpResponse<String> updated = v1("PUT", path, "{\"server_id\":\"" + this.server.machineIdentifier()
				+ "\",\"shared_server\":{\"library_section_ids\":[" + this.shows.plexTvId() + "]}}");

		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(this.sim.shares().get(0).librarySectionIds()).containsExactly(this.shows.plexTvId());
		assertThat(v1("GET", path, null).body()).contains("title=\"TV Shows\" type=\"show\" shared=\"1\"")
			.contains("title=\"Movies\" type=\"movie\" shared=\"0\"");
		assertThat(v1("DELETE", path, null).statusCode()).isEqualTo(200);
		assertThat(this.sim.shares()).isEmpty();
		assertThat(v1("GET", path, null).statusCode()).isEqualTo(404);
	}

	@Test
	void listsTheSharesOfAServer() {
		this.sim.addAccount("friend", "friend@example.com");
		invite("friend", "[]");

		HttpResponse<String> response = v1("GET", "/api/servers/" + this.server.machineIdentifier() + "/shared_servers",
				null);

		assertThat(response.body()).contains("<SharedServer id=\"" + this.sim.shares().get(0).id() + "\"")
			.contains("username=\"friend\"")
			.contains("allLibraries=\"1\"");
	}

	private HttpResponse<String> invite(String invited, String sectionIds) {
		String body = """
				{"server_id": "%s",
				 "shared_server": {"library_section_ids": %s, "invited_email": "%s"},
				 "sharing_settings": {"allowSync": "1", "allowCameraUpload": "0", "allowChannels": "0",
				   "filterMovies": "label=kids", "filterTelevision": "", "filterMusic": ""}}"""
			.formatted(this.server.machineIdentifier(), sectionIds, invited);
		return v1("POST", "/api/servers/" + this.server.machineIdentifier() + "/shared_servers", body);
	}

	private HttpResponse<String> v1(String method, String path, String body) {
		return this.http.send(method, this.sim.baseUrl() + path, body, "X-Plex-Token", this.sim.ownerToken(),
				"Content-Type", "application/json");
	}

}
