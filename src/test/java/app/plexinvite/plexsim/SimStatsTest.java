package app.plexinvite.plexsim;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /__plexsim/stats} and {@link PlexSimulator#stats()}: plex.tv's requests and
 * what the share-creating POSTs got.
 */
class SimStatsTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimServer server = this.sim.addServer("Living Room");

	private final SimLibrary movies = this.server.addLibrary("Movies", "movie");

	private final SimHttp http = new SimHttp();

	private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

	@AfterEach
	void close() {
		this.sim.close();
		this.callers.shutdownNow();
	}

	@Test
	void countsSharePostsDistinctInviteesAndDuplicatesOverV1AndV2() {
		SimAccount friend = this.sim.addAccount("friend", "friend@example.com");

		assertThat(v1Invite("new.person@example.net").statusCode()).isEqualTo(200);
		assertThat(v1Invite("New.Person@Example.net").statusCode()).as("already sharing").isEqualTo(400);
		assertThat(v2Invite("\"invitedId\": " + friend.id()).statusCode()).isEqualTo(201);
		assertThat(v2Invite("\"invitedEmail\": \"friend@example.com\"").statusCode()).as("already shared")
			.isEqualTo(422);
		assertThat(v1Invite("nobody-by-that-name").statusCode()).as("unknown user").isEqualTo(400);
		this.http.v2(this.sim, "GET", "/api/v2/shared_servers/invites/owned/pending", null);

		assertThat(this.sim.stats()).isEqualTo(new SimStats(6, 0, 1, new SimStats.Shares(5, 2, 2)));
	}

	@Test
	void answersTheStatsAsJsonWithoutRecordingOrCountingThatCall() {
		v1Invite("someone@example.org");
		this.sim.faults().rateLimitNext(1);
		v1Invite("someone.else@example.org");

		HttpResponse<String> stats = this.http.get(this.sim.baseUrl() + "/__plexsim/stats");
		HttpResponse<String> again = this.http.get(this.sim.baseUrl() + "/__plexsim/stats");

		assertThat(stats.statusCode()).isEqualTo(200);
		assertThat(stats.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		assertThat(stats.body()).as("a rate-limit fault is not a share POST")
			.isEqualTo("{\"requests\":2,\"throttled\":0,\"inFlightMax\":1,"
					+ "\"shares\":{\"posts\":1,\"created\":1,\"duplicates\":0}}");
		assertThat(again.body()).isEqualTo(stats.body());
		assertThat(this.sim.requests()).extracting(RecordedRequest::path).noneMatch((path) -> path.contains("plexsim"));
		assertThat(this.http.get(this.sim.baseUrl() + "/__plexsim/reset").statusCode()).isEqualTo(404);
	}

	@Test
	void createsOneShareForAnInviteePostedManyTimesAtOnce() {
		List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, 8)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> v1Invite("twice@example.com"), this.callers))
			.toList();

		List<Integer> statuses = posts.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

		assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 400);
		assertThat(this.sim.shares()).hasSize(1);
		assertThat(this.sim.stats().shares()).isEqualTo(new SimStats.Shares(8, 1, 7));
	}

	@Test
	void leavesSharesMadeOutsideAnyAppUncounted() {
		this.sim.shareOutOfBand(this.server, this.sim.addAccount("old", "old@example.com"), List.of(), true);
		this.sim.inviteEmailOutOfBand(this.server, "pending@example.com", List.of());

		assertThat(v1Invite("pending@example.com").statusCode()).isEqualTo(400);
		assertThat(this.sim.stats().shares()).isEqualTo(new SimStats.Shares(1, 0, 1));
	}

	@Test
	void leavesTheMediaServerAndTheAuthPageUncounted() {
		this.http.get(this.server.url() + "/identity");
		this.http.get(this.sim.baseUrl() + "/auth");

		assertThat(this.sim.stats()).isEqualTo(new SimStats(0, 0, 0, new SimStats.Shares(0, 0, 0)));
	}

	/** As PlexClient sends it (plex-protocol.md §5a). */
	private HttpResponse<String> v1Invite(String invited) {
		String body = """
				{"server_id": "%s",
				 "shared_server": {"library_section_ids": [%d], "invited_email": "%s"},
				 "sharing_settings": {"allowSync": "1", "allowCameraUpload": "0", "allowChannels": "0",
				   "filterMovies": "", "filterTelevision": "", "filterMusic": ""}}"""
			.formatted(this.server.machineIdentifier(), this.movies.plexTvId(), invited);
		return this.http.send("POST",
				this.sim.baseUrl() + "/api/servers/" + this.server.machineIdentifier() + "/shared_servers", body,
				"X-Plex-Token", this.sim.ownerToken(), "Content-Type", "application/json");
	}

	private HttpResponse<String> v2Invite(String invitee) {
		String body = """
				{"machineIdentifier": "%s", %s, "librarySectionIds": [], "settings": {"allowSync": true}}"""
			.formatted(this.server.machineIdentifier(), invitee);
		return this.http.v2(this.sim, "POST", "/api/v2/shared_servers", body, "Content-Type", "application/json");
	}

}
