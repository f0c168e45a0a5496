package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plex Home management (plex-protocol.md §6). */
class HomeUsersTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void createsAManagedUserWhoseRootElementCarriesTheId() {
		HttpResponse<String> created = v1("POST", "/api/home/users?title=Kid");

		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<User id=\"")
			.contains("title=\"Kid\"")
			.contains("restricted=\"1\"")
			.contains("home=\"1\"");
		String id = attribute(created.body(), "id");
		String users = v1("GET", "/api/users/").body();
		assertThat(users).contains("<User id=\"" + id + "\" title=\"Kid\" recommendationsPlaylistId");
		// §1a ACCOUNT_XML: home="1" homeSize="2" once the home has a member.
		assertThat(this.http.v2(this.sim, "GET", "/api/v2/user", null).body()).contains(" home=\"1\"")
			.contains(" homeSize=\"2\"");
	}

	@Test
	void sharesAServerWithAManagedUserByInvitedId() {
		SimServer server = this.sim.addServer("Home");
		server.addLibrary("Movies", "movie");
		String id = attribute(v1("POST", "/api/home/users?title=Kid").body(), "id");

		// §6 createHomeUser: the second step shares with shared_server.invited_id.
		HttpResponse<String> shared = this.http.send("POST",
				this.sim.baseUrl() + "/api/servers/" + server.machineIdentifier() + "/shared_servers",
				"{\"server_id\":\"" + server.machineIdentifier() + "\",\"shared_server\":{\"library_section_ids\":[],"
						+ "\"invited_id\":" + id + "}}",
				"X-Plex-Token", this.sim.ownerToken(), "Content-Type", "application/json");

		assertThat(shared.statusCode()).isEqualTo(200);
		assertThat(v1("GET", "/api/users").body()).contains("title=\"Kid\"").contains("<Server id=\"");
		assertThat(this.http.get(this.sim.baseUrl() + "/sim/accounts").body()).doesNotContain("\"username\":\"\"");
	}

	@Test
	void refusesHomeManagementWithoutPlexPassWith403() {
		this.sim.plexPass(this.sim.owner(), false);

		HttpResponse<String> v1 = v1("POST", "/api/home/users?title=Kid");
		HttpResponse<String> v2 = this.http.v2(this.sim, "POST", "/api/v2/home/users/restricted?friendlyName=Kid", null,
				"Accept", "application/json");

		assertThat(v1.statusCode()).isEqualTo(403);
		assertThat(v1.body()).contains("<Response code=\"403\"");
		assertThat(v2.statusCode()).isEqualTo(403);
		assertThat(v2.body()).contains("\"code\":1012");
		assertThat(this.sim.hasPlexPass(this.sim.owner())).isFalse();
	}

	@Test
	void invitesAnExistingAccountToTheHomeUntilItAccepts() {
		SimAccount friend = this.sim.addAccount("friend", "friend@example.com");

		HttpResponse<String> invited = v1("POST", "/api/home/users?invitedEmail=friend@example.com");
		String before = v1("GET", "/api/users").body();
		this.sim.acceptHomeInvite(friend);
		String after = v1("GET", "/api/users").body();

		assertThat(invited.statusCode()).isEqualTo(200);
		assertThat(attribute(invited.body(), "id")).isEqualTo(String.valueOf(friend.id()));
		assertThat(before).doesNotContain("id=\"" + friend.id() + "\"");
		assertThat(after).contains("username=\"friend\"").contains("home=\"1\"");
		assertThat(v1("POST", "/api/home/users?invitedEmail=friend").statusCode()).isEqualTo(400);
	}

	@Test
	void createsARestrictedUserOnV2AndDeletesItWith204() {
		HttpResponse<String> created = this.http.v2(this.sim, "POST",
				"/api/v2/home/users/restricted?friendlyName=Child&restrictionProfile=little_kid", null);

		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).contains("<user id=\"")
			.contains("friendlyName=\"Child\"")
			.contains("restricted=\"1\"")
			.contains("restrictionProfile=\"little_kid\"");
		String id = attribute(created.body(), "id");
		HttpResponse<String> deleted = this.http.v2(this.sim, "DELETE", "/api/v2/home/users/" + id, null);
		HttpResponse<String> again = this.http.v2(this.sim, "DELETE", "/api/v2/home/users/" + id, null);
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(v1("GET", "/api/users").body()).doesNotContain("Child");
	}

	@Test
	void refusesARestrictedUserWithoutANameOrWithAnUnknownProfile() {
		assertThat(this.http.v2(this.sim, "POST", "/api/v2/home/users/restricted", null).statusCode()).isEqualTo(400);
		assertThat(this.http
			.v2(this.sim, "POST", "/api/v2/home/users/restricted?friendlyName=A&restrictionProfile=adult", null)
			.statusCode()).isEqualTo(400);
	}

	@Test
	void removesAHomeUserOnV1AndAnswers404ForAStranger() {
		String id = attribute(v1("POST", "/api/home/users?title=Kid").body(), "id");

		assertThat(v1("DELETE", "/api/home/users/" + id).statusCode()).isEqualTo(200);
		assertThat(v1("DELETE", "/api/home/users/" + id).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> v1(String method, String path) {
		return this.http.send(method, this.sim.baseUrl() + path, null, "X-Plex-Token", this.sim.ownerToken(),
				"Content-Type", "application/json");
	}

	static String attribute(String xml, String name) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(xml);
		assertThat(matcher.find()).as("attribute %s in %s", name, xml).isTrue();
		return matcher.group(1);
	}

}
