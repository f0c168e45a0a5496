package app.plexinvite.invite;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.PlexInviteApplication;
import app.plexinvite.jobs.ClusterJobs;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;
import app.plexinvite.support.Eventually;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful shutdown of the whole application (a real web server, closed as SIGTERM would)
 * while plex.tv holds the answer to a share: a send that finishes within
 * spring.lifecycle.timeout-per-shutdown-phase is recorded; one that does not is released
 * as an ambiguous retry, so the next instance checks plex.tv before sending again.
 */
class PipelineShutdownTests {

	private static final String SHARE = "/api/servers/[^/]+/shared_servers/?";

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static {
		sim.addServer("Living Room").addLibrary("Movies", "movie");
	}

	@TempDir
	Path folder;

	@AfterEach
	void releaseTheAnswers() {
		sim.faults().held().releaseAll();
	}

	@AfterAll
	static void stopTheSimulator() {
		sim.close();
	}

	private ConfigurableApplicationContext start(Duration drain) {
		return new SpringApplicationBuilder(PlexInviteApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + TestSqlite.url(this.folder.resolve("app.db")),
				"--plexinvite.secret-key=test-secret", "--security.admin-username=" + AppTest.OWNER,
				"--security.admin-password-hash=" + AppTest.OWNER_PASSWORD_HASH, "--plex.tv-url=" + sim.baseUrl(),
				"--plex.clients-url=" + sim.baseUrl(), "--plex.app-url=" + sim.baseUrl(), "--plex.max-attempts=1",
				"--plex.token=" + sim.ownerToken(), "--plex.server-name=Living Room", "--invite.worker-enabled=false",
				"--links.sign-in-poller-enabled=false", "--people.jobs-enabled=false", "--mail.jobs-enabled=false",
				"--notify.worker-enabled=false", "--batch.jobs-enabled=false",
				"--spring.lifecycle.timeout-per-shutdown-phase=" + drain.toMillis() + "ms");
	}

	/** A request for a new plex.tv account, being sent, its answer held by plex.tv. */
	private long sendingWithTheAnswerHeld(ConfigurableApplicationContext app, String name) {
		sim.addAccount(name, name + "@example.com");
		DefaultProfile.sharesEverything(app.getBean(AccessProfiles.class));
		InviteRequest request = app.getBean(InviteRequests.class)
			.insert(InviteRequest.submitted(PlexIdentifier.parse(name), "token-" + name + "-".repeat(30), false,
					Instant.now()));
		sim.faults().held().hold("POST", SHARE);
		assertThat(app.getBean(InvitePipeline.class).sendSoon(request.id())).isPresent();
		Eventually.until("the share's answer held", Duration.ofSeconds(20), () -> sim.faults().held().waiting() == 1);
		return request.id();
	}

	private JdbcClient database() {
		return JdbcClient.create(TestSqlite.dataSource(this.folder.resolve("app.db")));
	}

	private static long sharesWith(String name) {
		return sim.shares().stream().map(SimShare::invitedUsername).filter(name::equals).count();
	}

	@Test
	void letsASendInFlightFinishAndRecordsItsOutcome() throws Exception {
		ConfigurableApplicationContext app = start(Duration.ofSeconds(30));
		long id = sendingWithTheAnswerHeld(app, "drained");
		ClusterJobs jobs = app.getBean(ClusterJobs.class);

		// Closed from a thread of its own, as the shutdown hook does (a blocked
		// common-pool
		// thread would starve the HTTP client's completions).
		FutureTask<Void> closing = new FutureTask<>(app::close, null);
		Thread.ofPlatform().start(closing);
		Eventually.until("shutdown began", Duration.ofSeconds(20), jobs::stopping);
		assertThat(closing).as("waits for the send").isNotDone();
		sim.faults().held().releaseAll();
		closing.get(30, TimeUnit.SECONDS);

		assertThat(
				database().sql("SELECT status FROM invite_request WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("SENT");
		assertThat(sharesWith("drained")).isOne();
	}

	@Test
	void releasesASendStillWaitingAfterTheBoundAsAnAmbiguousRetry() {
		ConfigurableApplicationContext app = start(Duration.ofMillis(500));
		long id = sendingWithTheAnswerHeld(app, "released");

		app.close();

		var row = database().sql("SELECT status, ambiguous, failure_reason FROM invite_request WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("WAITING_RETRY");
		assertThat(row.get("ambiguous").toString()).isIn("1", "true");
		assertThat(row.get("failure_reason")).isEqualTo("INTERRUPTED");
		assertThat(sharesWith("released")).as("plex.tv did share: the retry will find it").isOne();
	}

}
