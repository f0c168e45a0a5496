package app.plexinvite.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.RequestQuery;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The owner's pages in demo mode, end to end against the simulated plex.tv and server.
 */
@AppTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoDashboardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlexSimulator simulator;

	@Autowired
	Invitations invitations;

	private MockMvcTester.MockMvcRequestBuilder get(String path) {
		return this.mvc.get().uri(path).with(user("owner").roles("ADMIN"));
	}

	private MockMvcTester.MockMvcRequestBuilder post(String path) {
		return this.mvc.post().uri(path).with(user("owner").roles("ADMIN")).with(csrf());
	}

	@Test
	void showsTheDemoServerItsConnectionStatisticsAndWhatToDoNext() {
		var server = this.simulator.server("Demo Server");
		assertThat(get("/admin")).hasStatusOk()
			.bodyText()
			.contains("Demo mode", "Connected to Plex", "demo-owner", server.url(), "5 of 5 libraries can be shared")
			.contains("All requests", "Last 30 days");
	}

	@Test
	void showsAPassedPlexCheckAgainWithoutAskingPlexTvAtEveryView() {
		assertThat(get("/admin/plex")).hasStatusOk().bodyText().contains("plex.tv accepts the Plex token");
		this.simulator.clearRequests();

		assertThat(get("/admin")).hasStatusOk().bodyText().contains("Connected to Plex");
		assertThat(get("/admin")).hasStatusOk().bodyText().contains("Connected to Plex");

		assertThat(this.simulator.requests()).noneMatch((request) -> request.path().startsWith("/api/v2/user"));
	}

	@Test
	void reportsPlexHealthyToTheOwner() {
		assertThat(get("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.components.plex.status")
			.isEqualTo("UP");
	}

	@Test
	void explainsARejectedTokenWithTheNextStep() {
		// A passed check is shown again for a while; after a failed one the dashboard
		// checks at once.
		this.simulator.faults().failNext("GET", "/api/v2/user", 401);
		assertThat(get("/admin/plex")).hasStatusOk();
		this.simulator.faults().failNext("GET", "/api/v2/user", 401);
		assertThat(get("/admin")).hasStatusOk()
			.bodyText()
			.contains("Plex needs your attention", "plex.tv rejected the token (HTTP 401)",
					"User could not be authenticated")
			.doesNotContain(this.simulator.ownerToken());
	}

	@Test
	void testConnectionRunsEveryStepAndTimesIt() {
		assertThat(get("/admin/plex")).hasStatusOk()
			.bodyText()
			.contains("plex.tv accepts the Plex token", "The server is found on plex.tv and answers",
					"libraries are read", "library ids match the server")
			.containsPattern("\\d+ ms")
			.contains(this.simulator.server("Demo Server").machineIdentifier());
	}

	@Test
	void testConnectionStopsAtTheFailingStepWithItsReason() {
		this.simulator.faults().failNext("GET", "/api/v2/resources", 401);
		assertThat(get("/admin/plex")).hasStatusOk()
			.bodyText()
			.contains("plex.tv rejected the token (HTTP 401)")
			.doesNotContain("libraries are read");
	}

	@Test
	void changesAndClearsTheInviteCode() {
		assertThat(post("/admin/settings/invite-code").param("code", "  family2026 ")).hasStatus3xxRedirection();
		assertThat(this.invitations.inviteCode().code()).isEqualTo("family2026");
		assertThat(get("/admin/settings")).hasStatusOk().bodyText().contains("family2026");
		assertThat(post("/admin/settings/invite-code").param("code", "")).hasStatus3xxRedirection();
		assertThat(this.invitations.inviteCode().code()).isNull();
	}

	@Test
	void approvalModeHoldsRequestsUntilTheOwnerApproves() {
		assertThat(post("/admin/settings/approval").param("required", "true")).hasStatus3xxRedirection();
		try {
			assertThat(this.mvc.post().uri("/").param("identifier", "alice@example.com").with(csrf()))
				.hasStatus3xxRedirection();
			var request = this.invitations.requests(new RequestQuery("alice@example.com", null, null, 1))
				.items()
				.get(0);
			assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
			assertThat(get("/admin/requests?status=AWAITING_APPROVAL")).hasStatusOk()
				.bodyText()
				.contains("alice@example.com", "Awaiting approval");
			assertThat(post("/admin/requests/" + request.id() + "/deny").param("reason", "Ask me first"))
				.hasStatus3xxRedirection()
				.flash()
				.containsEntry("success", "admin.requests.denied");
			assertThat(this.invitations.request(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.DENIED);
			assertThat(post("/admin/requests/" + request.id() + "/approve")).hasStatus3xxRedirection()
				.flash()
				.containsEntry("problem", "admin.requests.notPossible");
		}
		finally {
			this.invitations.requireApproval(false);
		}
	}

	@Test
	void searchesRequestsAndPagesOlderOnes() {
		assertThat(get("/admin/requests?q=nobody-matches-this")).hasStatusOk()
			.bodyText()
			.contains("No requests match.");
		assertThat(get("/admin/requests?status=NOT_A_STATUS")).hasStatus(400);
	}

}
