package app.plexinvite.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Demo mode end to end: the app finds the simulated server through plex.tv and shows what
 * it can share.
 */
@AppTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoDashboardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlexSimulator simulator;

	@Test
	void showsTheDemoServerItsConnectionAndItsLibrariesWithPlexTvIds() {
		var server = this.simulator.server("Demo Server");
		var body = assertThat(this.mvc.get().uri("/admin").with(user("owner").roles("ADMIN"))).hasStatusOk().bodyText();
		body.contains("Demo mode")
			.contains("Connected to Plex")
			.contains("demo-owner")
			.contains(server.machineIdentifier())
			.contains(server.url())
			.contains("5 of 5 libraries can be shared");
		for (var library : server.libraries()) {
			body.contains(library.title()).contains(String.valueOf(library.plexTvId()));
		}
	}

	@Test
	void reportsPlexHealthyToTheOwner() {
		assertThat(this.mvc.get().uri("/actuator/health").with(user("owner").roles("ADMIN"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.components.plex.status")
			.isEqualTo("UP");
	}

	@Test
	void explainsARejectedTokenWithTheNextStep() {
		this.simulator.faults().failNext("GET", "/api/v2/user", 401);
		assertThat(this.mvc.get().uri("/admin").with(user("owner").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("Plex needs your attention")
			.contains("plex.tv rejected the token (HTTP 401)")
			.contains("User could not be authenticated")
			.doesNotContain(this.simulator.ownerToken());
	}

}
