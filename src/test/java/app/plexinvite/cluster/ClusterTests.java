package app.plexinvite.cluster;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.Eventually;
import app.plexinvite.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application as child JVMs on one PostgreSQL database, behind an
 * imaginary load balancer, against one Plex simulator; black-box over HTTP, the
 * simulator's records and the shared database. The instance that is killed is killed with
 * kill -9, so it goes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	private static final String SHARE = "/api/servers/[^/]+/shared_servers/?";

	private static final Duration START = Duration.ofSeconds(90);

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static JdbcClient database;

	static AppProcess a;

	static AppProcess b;

	@RegisterExtension
	static final TestWatcher printLogsOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			for (AppProcess app : new AppProcess[] { a, b }) {
				if (app != null) {
					System.err.println("----- " + app.name() + " -----\n" + app.output());
				}
			}
		}
	};

	@BeforeAll
	static void startTwoInstances() throws SQLException {
		sim.addServer("Living Room").addLibrary("Movies", "movie");
		DataSource postgres = TestPostgres.freshDatabase();
		String url;
		try (Connection connection = postgres.getConnection()) {
			url = connection.getMetaData().getURL();
		}
		database = JdbcClient.create(postgres);
		Map<String, String> environment = Map.ofEntries(Map.entry("DATABASE_URL", url),
				Map.entry("DATABASE_USERNAME", "postgres"), Map.entry("PLEX_TV_URL", sim.baseUrl()),
				Map.entry("PLEX_CLIENTS_URL", sim.baseUrl()), Map.entry("PLEX_APP_URL", sim.baseUrl()),
				Map.entry("PLEX_TOKEN", sim.ownerToken()), Map.entry("PLEX_SERVER_NAME", "Living Room"),
				Map.entry("ADMIN_USERNAME", AppTest.OWNER),
				Map.entry("ADMIN_PASSWORD_HASH", AppTest.OWNER_PASSWORD_HASH),
				Map.entry("SECRET_KEY", "one key for the whole cluster"), Map.entry("TRUSTED_PROXIES", "127.0.0.1"),
				Map.entry("RATE_LIMIT_INVITE", "3/minute"), Map.entry("RATE_LIMIT_DEFAULT", "10000/minute"),
				Map.entry("RATE_LIMIT_INVITE_TOTAL", "10000/minute"), Map.entry("PEOPLE_SYNC_INTERVAL", "1s"));
		// Leases differ by instance, so the row being sent tells who claimed it.
		a = AppProcess.start("instance-a", environment, arguments("3s"));
		b = AppProcess.start("instance-b", environment, arguments("4s"));
		a.awaitHealthy(START);
		b.awaitHealthy(START);
	}

	private static List<String> arguments(String lease) {
		return List.of("--invite.lease=" + lease, "--people.sync-check=1s",
				"--management.endpoints.web.exposure.include=health,metrics,prometheus",
				"--logging.level.app.plexinvite=INFO");
	}

	@AfterAll
	static void stopEverything() {
		for (AppProcess app : new AppProcess[] { a, b }) {
			if (app != null) {
				app.close();
			}
		}
		sim.close();
	}

	/** A link the owner creates on instance A, with all libraries and typed usernames. */
	private static void createLink(String code, String uses) {
		Visitor owner = new Visitor("198.51.100.1");
		owner.signIn(a);
		HttpResponse<String> created = owner.submit(a, "/admin/links", owner.page(a, "/admin/links/new"),
				Map.of("label", code, "customCode", code, "expiry", "WEEK", "uses", uses, "access", "LIBRARIES",
						"allLibraries", "true", "allowUsername", "true"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
	}

	private static List<SimShare> sharesWith(String... usernames) {
		return sim.shares().stream().filter((share) -> List.of(usernames).contains(share.invitedUsername())).toList();
	}

	private static long sharePostsFor(String username) {
		return sim.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().matches(SHARE))
			.filter((r) -> r.body().contains('"' + username + '"'))
			.count();
	}

	private static String status(String identifier) {
		return database.sql("SELECT status FROM invite_request WHERE identifier = ?")
			.param(identifier)
			.query(String.class)
			.optional()
			.orElse("none");
	}

	@Test
	@Order(1)
	void aSingleUseLinkRedeemedThroughBothInstancesAtOnceGivesOneShare() throws Exception {
		createLink("cluster-once", "ONE");
		sim.addAccount("once-a", "once-a@example.com");
		sim.addAccount("once-b", "once-b@example.com");
		Visitor first = new Visitor("203.0.113.11");
		Visitor second = new Visitor("203.0.113.12");
		Document onA = first.page(a, "/i/cluster-once");
		Document onB = second.page(b, "/i/cluster-once");
		CyclicBarrier together = new CyclicBarrier(2);

		CompletableFuture<HttpResponse<String>> viaA = CompletableFuture.supplyAsync(() -> {
			await(together);
			return first.submit(a, "/i/cluster-once/username", onA, Map.of("identifier", "once-a"));
		});
		CompletableFuture<HttpResponse<String>> viaB = CompletableFuture.supplyAsync(() -> {
			await(together);
			return second.submit(b, "/i/cluster-once/username", onB, Map.of("identifier", "once-b"));
		});

		List<Integer> answers = List.of(viaA.get().statusCode(), viaB.get().statusCode());
		assertThat(answers).as("one redeems, the other finds the link used up").containsOnlyOnce(302);
		Eventually.until("the winner's share", Duration.ofSeconds(30),
				() -> List.of(status("once-a"), status("once-b")).contains("SENT"));
		assertThat(sharesWith("once-a", "once-b")).hasSize(1);
		assertThat(database.sql("SELECT COUNT(*) FROM invite_request WHERE identifier IN ('once-a', 'once-b')")
			.query(Long.class)
			.single()).isOne();
	}

	/**
	 * Needs the rate limits shared through the database (branch i8-shared): with limits
	 * in each instance's memory the fourth request passes.
	 */
	@Test
	@Order(2)
	void countsTheInviteRateLimitAcrossBothInstances() {
		Visitor visitor = new Visitor("203.0.113.20");
		Document form = visitor.page(a, "/");
		Map<String, String> empty = Map.of("identifier", "");

		assertThat(visitor.submit(a, "/", form, empty).statusCode()).isNotEqualTo(429);
		assertThat(visitor.submit(b, "/", form, empty).statusCode()).isNotEqualTo(429);
		assertThat(visitor.submit(a, "/", form, empty).statusCode()).isNotEqualTo(429);
		assertThat(visitor.submit(b, "/", form, empty).statusCode()).as("4th of 3/minute, on the other instance")
			.isEqualTo(429);
	}

	/** Needs Spring Session JDBC (branch i8-shared). */
	@Test
	@Order(3)
	void aSessionCreatedOnOneInstanceIsValidOnTheOther() {
		Visitor owner = new Visitor("198.51.100.2");
		owner.signIn(a);

		HttpResponse<String> onB = owner.get(b, "/admin");

		assertThat(onB.statusCode()).as("signed in through A, served by B").isEqualTo(200);
	}

	@Test
	@Order(4)
	void aJobNeverRunsOnBothInstancesAtOnce() {
		Visitor ownerOfA = new Visitor("198.51.100.3");
		Visitor ownerOfB = new Visitor("198.51.100.4");
		ownerOfA.signIn(a);
		ownerOfB.signIn(b);
		sim.faults().holdAnswers("GET", "/api/users/?");
		try {
			Eventually.until("a people sync held", Duration.ofSeconds(20), () -> sim.faults().heldAnswers() == 1);
			long calls = sim.requests().stream().filter((r) -> r.path().matches("/api/users/?")).count();
			double lockedOnA = lockedSyncs(ownerOfA, a);
			double lockedOnB = lockedSyncs(ownerOfB, b);

			Eventually.until("the other instance found the sync locked twice more", Duration.ofSeconds(20),
					() -> lockedSyncs(ownerOfA, a) + lockedSyncs(ownerOfB, b) >= lockedOnA + lockedOnB + 2);

			assertThat(sim.faults().heldAnswers()).isOne();
			assertThat(sim.requests().stream().filter((r) -> r.path().matches("/api/users/?")).count())
				.as("no second sync started meanwhile")
				.isEqualTo(calls);
			boolean aWaits = lockedSyncs(ownerOfA, a) > lockedOnA;
			boolean bWaits = lockedSyncs(ownerOfB, b) > lockedOnB;
			assertThat(aWaits ^ bWaits).as("only the instance without the sync finds it locked").isTrue();
		}
		finally {
			sim.faults().releaseAnswers();
		}
	}

	/** plexinvite_job_runs_total{job="people-sync",outcome="locked"} of one instance. */
	private static double lockedSyncs(Visitor owner, AppProcess app) {
		HttpResponse<String> meter = owner.get(app,
				"/actuator/metrics/plexinvite.job.runs?tag=job:people-sync&tag=outcome:locked");
		if (meter.statusCode() == 404) {
			return 0;
		}
		assertThat(meter.statusCode()).as(meter.body()).isEqualTo(200);
		Matcher value = Pattern.compile("\"value\"\\s*:\\s*([0-9.E]+)").matcher(meter.body());
		assertThat(value.find()).as(meter.body()).isTrue();
		return Double.parseDouble(value.group(1));
	}

	@Test
	@Order(5)
	void killingTheInstanceThatIsSharingLosesNothingAndSendsNothingTwice() {
		createLink("cluster-kill", "UNLIMITED");
		sim.addAccount("kill-me", "kill-me@example.com");
		Visitor invitee = new Visitor("203.0.113.30");
		Document page = invitee.page(a, "/i/cluster-kill");
		sim.faults().holdAnswers("POST", SHARE);

		CompletableFuture
			.runAsync(() -> invitee.submit(a, "/i/cluster-kill/username", page, Map.of("identifier", "kill-me")));
		Eventually.until("the share's answer held", Duration.ofSeconds(20), () -> sim.faults().heldAnswers() == 1);
		long lease = database.sql("""
				SELECT next_attempt_at - updated_at FROM invite_request
				WHERE identifier = 'kill-me' AND status = 'SENDING'""").query(Long.class).single();
		AppProcess holder = (lease == 3000) ? a : b;
		AppProcess survivor = (holder == a) ? b : a;
		holder.kill();
		sim.faults().releaseAnswers();

		Eventually.until("the survivor settles the request", Duration.ofSeconds(30),
				() -> List.of("SENT", "ALREADY_SHARED").contains(status("kill-me")));
		assertThat(survivor.alive()).isTrue();
		assertThat(sharesWith("kill-me")).hasSize(1);
		assertThat(sharePostsFor("kill-me")).as("plex.tv asked once").isOne();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
