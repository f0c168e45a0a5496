package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class V2SharingTest {

	private static final String JSON = "application/json";

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
	void createsAShareWith201AndTheSharedServerObject() {
		HttpResponse<String> response = share("friend@example.com", "[" + this.movies.plexTvId() + "]",
				"{\"allowSync\": true, \"allowChannels\": \"0\", \"allowCameraUpload\": 1, \"allowTuners\": 0}");

		assertThat(response.statusCode()).isEqualTo(201);
		SimShare share = this.sim.shares().get(0);
		assertThat(response.body()).startsWith("{\"id\":" + share.id() + ",")
			.contains("\"invitedId\":" + this.friend.id())
			.contains("\"accepted\":false")
			.contains("\"libraries\":[{\"id\":" + this.movies.plexTvId() + ",\"key\":1,\"title\":\"Movies\"")
			.contains("\"allowSync\":true")
			.contains("\"allowCameraUpload\":true")
			.contains("\"allowChannels\":false")
			.contains("\"allLibraries\":false");
		assertThat(share.settings()).containsEntry("allowSync", "1").containsEntry("allowCameraUpload", "1");
	}

	@Test
	void answersAlreadySharedWith422Code1999() {
		share("friend", "[]", "{}");

		HttpResponse<String> response = share("friend@example.com", "[]", "{}");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).isEqualTo("""
				<?xml version="1.0" encoding="UTF-8"?>
				<errors>
				  <error code="1999" field="base" status="400"/>
				</errors>
				""");
	}

	@Test
	void refusesASettingThatIsNotABoolean() {
		HttpResponse<String> response = share("friend", "[]", "{\"allowSync\": \"maybe\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.sim.shares()).isEmpty();
	}

	@Test
	void letsTheInviteeFindAndAcceptTheInviteWithTheirOwnToken() {
		share("friend", "[]", "{}");
		long shareId = this.sim.shares().get(0).id();

		HttpResponse<String> received = asFriend("GET", "/api/v2/shared_servers/invites/received/pending");
		HttpResponse<String> accepted = asFriend("POST", "/api/v2/shared_servers/" + shareId + "/accept");

		assertThat(received.body()).contains("\"owner\":{\"id\":" + this.sim.owner().id())
			.contains("\"username\":\"plex-owner\"")
			.contains("\"sharedServers\":[{\"id\":" + shareId + ",");
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(this.sim.shares().get(0).accepted()).isTrue();
		assertThat(asFriend("GET", "/api/v2/shared_servers/invites/received/pending").body()).isEqualTo("[]");
		assertThat(owner("GET", "/api/v2/shared_servers/owned/accepted", null).body())
			.contains("\"id\":" + shareId + ",")
			.contains("\"accepted\":true");
	}

	@Test
	void refusesToAcceptSomeoneElsesInvite() {
		share("friend", "[]", "{}");
		SimAccount other = this.sim.addAccount("other", "other@example.com");

		HttpResponse<String> response = this.http.send("POST",
				this.sim.baseUrl() + "/api/v2/shared_servers/" + this.sim.shares().get(0).id() + "/accept", null,
				"X-Plex-Token", other.token(), "X-Plex-Client-Identifier", "x", "Accept", JSON);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.sim.shares().get(0).accepted()).isFalse();
	}

	@Test
	void listsPendingInvitesOfTheOwnerIncludingEmailOnlyOnes() {
		share("friend", "[]", "{}");
		share("someone@example.com", "[]", "{}");

		HttpResponse<String> response = owner("GET", "/api/v2/shared_servers/invites/owned/pending", null);

		assertThat(response.body()).contains("\"invitedEmail\":\"friend@example.com\"")
			.contains("\"invitedEmail\":\"someone@example.com\"")
			.contains("\"sharedServers\":[{");
	}

	@Test
	void updatesSettingsAndLibrariesWithPostOrPut() {
		share("friend", "[]", "{}");
		long shareId = this.sim.shares().get(0).id();

		HttpResponse<String> posted = owner("POST", "/api/v2/shared_servers/" + shareId,
				"{\"settings\":{\"allowSync\":true},\"librarySectionIds\":[" + this.music.plexTvId() + "]}");
		HttpResponse<String> put = owner("PUT", "/api/v2/shared_servers/" + shareId,
				"{\"settings\":{\"allowChannels\":\"1\"},\"librarySectionIds\":[]}");

		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).contains("\"allLibraries\":false").contains("\"title\":\"Music\"");
		assertThat(put.statusCode()).isEqualTo(200);
		SimShare share = this.sim.shares().get(0);
		assertThat(share.allLibraries()).isTrue();
		assertThat(share.settings()).containsEntry("allowSync", "1").containsEntry("allowChannels", "1");
	}

	@Test
	void cancelsAShare() {
		share("friend", "[]", "{}");

		HttpResponse<String> response = owner("DELETE", "/api/v2/shared_servers/" + this.sim.shares().get(0).id(),
				null);

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(this.sim.shares()).isEmpty();
	}

	@Test
	void updatesFriendSettingsFromTheQueryAndRemovesTheFriend() {
		share("friend", "[]", "{}");

		HttpResponse<String> updated = owner("PUT",
				"/api/v2/sharings/" + this.friend.id() + "?allowCameraUpload=0&allowChannels=1&allowSync=1", null);

		assertThat(updated.statusCode()).isEqualTo(204);
		assertThat(this.sim.shares().get(0).settings()).containsEntry("allowSync", "1")
			.containsEntry("allowChannels", "1");
		assertThat(owner("DELETE", "/api/v2/sharings/" + this.friend.id(), null).statusCode()).isEqualTo(204);
		assertThat(this.sim.shares()).isEmpty();
	}

	@Test
	void listsLibrarySectionsWithPlexTvIds() {
		HttpResponse<String> response = owner("GET", "/api/v2/servers/" + this.server.machineIdentifier(), null);

		assertThat(response.body()).contains("\"librarySections\":[{\"id\":" + this.movies.plexTvId()
				+ ",\"key\":1,\"title\":\"Movies\",\"type\":\"movie\"}");
	}

	private HttpResponse<String> share(String invited, String sectionIds, String settings) {
		String body = """
				{"machineIdentifier": "%s", "invitedEmail": "%s", "librarySectionIds": %s, "settings": %s}"""
			.formatted(this.server.machineIdentifier(), invited, sectionIds, settings);
		return owner("POST", "/api/v2/shared_servers", body);
	}

	private HttpResponse<String> owner(String method, String path, String body) {
		return this.http.v2(this.sim, method, path, body, "Accept", JSON, "Content-Type", JSON);
	}

	private HttpResponse<String> asFriend(String method, String path) {
		String query = "?X-Plex-Product=Wizarr&X-Plex-Client-Identifier=" + this.friend.uuid() + "&X-Plex-Token="
				+ this.friend.token();
		return this.http.send(method, this.sim.baseUrl() + path + query, null, "Accept", JSON);
	}

}
