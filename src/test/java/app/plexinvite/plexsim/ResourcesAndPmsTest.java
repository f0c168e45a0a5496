package app.plexinvite.plexsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourcesAndPmsTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	private final SimServer server = this.sim.addServer("Living Room");

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void listsTheOwnedServerWithARefusingHttpsALiveHttpAndARefusingRelayConnection() {
		HttpResponse<String> response = this.http.v2(this.sim, "GET", "/api/v2/resources?includeHttps=1&includeRelay=1",
				null, "Accept", "application/json");

		String port = this.server.url().substring(this.server.url().lastIndexOf(':') + 1);
		assertThat(response.body()).startsWith("[{\"name\":\"Living Room\",\"product\":\"Plex Media Server\"")
			.contains("\"clientIdentifier\":\"" + this.server.machineIdentifier() + "\"")
			.contains("\"provides\":\"server\"")
			.contains("\"accessToken\":\"" + this.server.accessToken() + "\"")
			.contains("\"owned\":true")
			.contains("{\"protocol\":\"http\",\"address\":\"127.0.0.1\",\"port\":" + port + ",\"uri\":\""
					+ this.server.url() + "\",\"local\":true,\"relay\":false,\"IPv6\":false}")
			.contains("\"relay\":true,\"IPv6\":false}]");
		assertThat(response.body().split("\"protocol\":\"https\"")).hasSize(3);
		assertThat(this.server.machineIdentifier()).matches("[0-9a-f]{40}");
	}

	@Test
	void offersTheHttpsAndRelayConnectionsOnlyWhenAsked() {
		HttpResponse<String> xml = this.http.v2(this.sim, "GET", "/api/v2/resources", null);

		assertThat(xml.body()).contains("<resources size=\"1\">")
			.contains("<resource name=\"Living Room\"")
			.contains("<connections>")
			.contains("<connection protocol=\"http\"")
			.doesNotContain("protocol=\"https\"");
	}

	@Test
	void theRefusingConnectionsReallyRefuse() {
		String body = this.http
			.v2(this.sim, "GET", "/api/v2/resources?includeHttps=1&includeRelay=1", null, "Accept", "application/json")
			.body();
		String httpsUri = body.replaceAll("(?s).*?\"uri\":\"(https://[^\"]+)\".*", "$1");

		assertThatThrownBy(() -> this.http.get(httpsUri.replace("https://", "http://")))
			.hasCauseInstanceOf(ConnectException.class);
	}

	@Test
	void showsAnAcceptedShareToTheInviteeAsNotOwnedWithTheOwnerAsSource() {
		SimAccount friend = this.sim.addAccount("friend", "friend@example.com");
		createShare(friend, "[]");
		this.sim.acceptInvite(this.sim.shares().get(0).id());

		HttpResponse<String> response = this.http.get(this.sim.baseUrl() + "/api/v2/resources", "X-Plex-Token",
				friend.token(), "X-Plex-Client-Identifier", "friend-device", "Accept", "application/json");

		assertThat(response.body()).contains("\"ownerId\":" + this.sim.owner().id())
			.contains("\"sourceTitle\":\"plex-owner\"")
			.contains("\"owned\":false")
			.doesNotContain(this.server.accessToken());
	}

	@Test
	void letsAnInviteeReadOnlyTheSharedLibrariesWithTheirShareToken() {
		SimLibrary movies = this.server.addLibrary("Movies", "movie");
		this.server.addLibrary("Private", "photo");
		SimAccount friend = this.sim.addAccount("friend", "friend@example.com");
		createShare(friend, "[" + movies.plexTvId() + "]");
		this.sim.acceptInvite(this.sim.shares().get(0).id());
		String resources = this.http
			.get(this.sim.baseUrl() + "/api/v2/resources", "X-Plex-Token", friend.token(), "X-Plex-Client-Identifier",
					"friend-device", "Accept", "application/json")
			.body();
		String shareToken = resources.replaceAll("^.*\"accessToken\":\"([^\"]+)\".*$", "$1");

		HttpResponse<String> sections = this.http.get(this.server.url() + "/library/sections", "X-Plex-Token",
				shareToken);

		assertThat(sections.statusCode()).isEqualTo(200);
		assertThat(sections.body()).contains("title=\"Movies\"").doesNotContain("title=\"Private\"");
	}

	@Test
	void listsLegacyResourcesAsXmlDevices() {
		HttpResponse<String> response = this.http.get(this.sim.baseUrl() + "/api/resources?includeHttps=1",
				"X-Plex-Token", this.sim.ownerToken(), "Accept", "application/json");

		assertThat(response.body()).contains("<Device name=\"Living Room\"")
			.contains("owned=\"1\"")
			.contains("<Connection protocol=\"http\" address=\"127.0.0.1\"");
	}

	@Test
	void answersIdentityWithoutToken() {
		HttpResponse<String> xml = this.http.get(this.server.url() + "/identity");
		HttpResponse<String> json = this.http.get(this.server.url() + "/identity", "Accept", "application/json");

		assertThat(xml.statusCode()).isEqualTo(200);
		assertThat(xml.body()).contains("<MediaContainer size=\"0\" claimed=\"1\" machineIdentifier=\""
				+ this.server.machineIdentifier() + "\" version=\"");
		assertThat(json.body()).startsWith("{\"MediaContainer\":{\"size\":0,\"claimed\":true,");
	}

	@Test
	void refusesLibrarySectionsWithoutTokenWithThe401Page() {
		HttpResponse<String> response = this.http.get(this.server.url() + "/library/sections");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body())
			.isEqualTo("<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>");
	}

	@Test
	void listsLibrarySectionsWithTheServerTokenOrTheOwnerToken() {
		this.server.addLibrary("Movies", "movie");
		this.server.addLibrary("Music", "artist");

		HttpResponse<String> xml = this.http.get(this.server.url() + "/library/sections", "X-Plex-Token",
				this.server.accessToken());
		HttpResponse<String> json = this.http.get(
				this.server.url() + "/library/sections?X-Plex-Token=" + this.sim.ownerToken(), "Accept",
				"application/json");

		assertThat(xml.body()).contains("<MediaContainer size=\"2\"")
			.contains("key=\"1\" type=\"movie\" title=\"Movies\"")
			.contains("<Location id=\"2\"");
		assertThat(json.body()).contains("\"key\":\"2\",\"type\":\"artist\",\"title\":\"Music\"");
	}

	@Test
	void answersTheRootWithTheOwnersIdentity() {
		HttpResponse<String> response = this.http.get(this.server.url() + "/", "X-Plex-Token",
				this.server.accessToken());

		assertThat(response.body()).contains("friendlyName=\"Living Room\"")
			.contains("machineIdentifier=\"" + this.server.machineIdentifier() + "\"")
			.contains("myPlexUsername=\"owner@plexsim.example\"");
	}

	@Test
	void aStoppedServerRefusesConnections() {
		this.server.stop();

		assertThatThrownBy(() -> this.http.get(this.server.url() + "/identity"))
			.hasCauseInstanceOf(ConnectException.class);
	}

	@Test
	void recordsPmsRequestsToo() {
		this.http.get(this.server.url() + "/identity");

		assertThat(this.sim.requests()).extracting(RecordedRequest::path).contains("/identity");
	}

	private void createShare(SimAccount friend, String sectionIds) {
		String body = "{\"server_id\":\"x\",\"shared_server\":{\"library_section_ids\":" + sectionIds
				+ ",\"invited_email\":\"" + friend.email() + "\"}}";
		HttpRequest request = HttpRequest
			.newBuilder(URI
				.create(this.sim.baseUrl() + "/api/servers/" + this.server.machineIdentifier() + "/shared_servers"))
			.header("X-Plex-Token", this.sim.ownerToken())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
				.isEqualTo(200);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
