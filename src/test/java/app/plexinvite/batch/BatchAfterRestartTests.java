package app.plexinvite.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import app.plexinvite.PlexInviteApplication;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch survives a restart: everything is in the database, so a second application on
 * the same SQLite file reports the same counts and finishes the batch, sending nobody
 * twice. The feeder and the pipeline run by hand in both.
 */
class BatchAfterRestartTests {

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	@TempDir
	Path folder;

	@AfterAll
	static void stopTheSimulator() {
		sim.close();
	}

	@Test
	void aSecondApplicationOnTheSameDatabaseContinuesTheBatch() throws Exception {
		List<String> friends = IntStream.rangeClosed(1, 7).mapToObj((i) -> "restarted" + i).toList();
		friends.forEach((name) -> sim.addAccount(name, name + "@example.com"));
		String database = this.folder.resolve("restart.db").toString();
		long id;
		BatchCounts before;
		try (ConfigurableApplicationContext first = start(database)) {
			DefaultProfile.shares(first.getBean(AccessProfiles.class),
					List.of(new AccessProfile.Library(movies.plexTvId(), movies.title())), false);
			BatchRuns runs = first.getBean(BatchRuns.class);
			id = runs.upload("restart.csv",
					friends.stream().collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8), AppTest.OWNER);
			assertThat(runs.start(id)).isTrue();
			first.getBean(BatchFeeder.class).round();
			runThePipeline(first);
			first.getBean(BatchFeeder.class).round();
			before = first.getBean(BatchRows.class).counts(id);
			assertThat(before.sent()).isEqualTo(3);
			assertThat(before.state(RowState.HANDED)).isEqualTo(3);
			assertThat(before.state(RowState.PENDING)).isEqualTo(1);
		}

		try (ConfigurableApplicationContext second = start(database)) {
			BatchRows rows = second.getBean(BatchRows.class);
			assertThat(rows.counts(id)).isEqualTo(before);
			assertThat(second.getBean(Batches.class).find(id).orElseThrow().state()).isEqualTo(BatchState.RUNNING);

			for (int round = 0; round < 5 && rows.counts(id).waiting() > 0; round++) {
				runThePipeline(second);
				second.getBean(BatchFeeder.class).round();
			}

			assertThat(rows.counts(id).sent()).isEqualTo(7);
			assertThat(second.getBean(Batches.class).find(id).orElseThrow().state()).isEqualTo(BatchState.FINISHED);
		}
		friends.forEach(
				(name) -> assertThat(sim.shares().stream().filter((s) -> name.equals(s.invitedUsername()))).as(name)
					.hasSize(1));
		assertThat(Files.exists(Path.of(database))).isTrue();
	}

	private static ConfigurableApplicationContext start(String database) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PlexInviteApplication.class).run(
				"--spring.datasource.url=jdbc:sqlite:" + database
						+ "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE",
				"--server.port=0", "--plexinvite.secret-key=test-secret", "--security.admin-username=" + AppTest.OWNER,
				"--security.admin-password-hash=" + AppTest.OWNER_PASSWORD_HASH, "--plex.tv-url=" + sim.baseUrl(),
				"--plex.clients-url=" + sim.baseUrl(), "--plex.app-url=" + sim.baseUrl(), "--plex.max-attempts=1",
				"--plex.token=" + sim.ownerToken(), "--plex.server-name=Living Room", "--invite.worker-enabled=false",
				"--links.sign-in-poller-enabled=false", "--people.jobs-enabled=false", "--batch.jobs-enabled=false");
		context.getBean(PlexClient.class).server();
		return context;
	}

	private static void runThePipeline(ConfigurableApplicationContext context) {
		Object pipeline = AopTestUtils.getUltimateTargetObject(context.getBean("invitePipeline"));
		ReflectionTestUtils.invokeMethod(pipeline, "poll");
	}

}
