package app.plexinvite.cluster;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

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

import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application as child JVMs on one PostgreSQL database, behind an
 * imaginary load balancer, against one Plex simulator ({@link TwoInstances}); black-box
 * over HTTP, the simulator's records and the shared database. The instance that is killed
 * is killed with kill -9, so it goes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	static TwoInstances cluster;

	@RegisterExtension
	static final TestWatcher printLogsOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (cluster != null) {
				System.err.println(cluster.output());
			}
		}
	};

	@BeforeAll
	static void startTwoInstances() throws SQLException {
		cluster = new TwoInstances();
	}

	@AfterAll
	static void stopEverything() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	@Order(1)
	void aSingleUseLinkRedeemedThroughBothInstancesAtOnceGivesOneShare() throws Exception {
		cluster.createLink("cluster-once", "ONE");
		cluster.sim.addAccount("once-a", "once-a@example.com");
		cluster.sim.addAccount("once-b", "once-b@example.com");
		Visitor first = new Visitor("203.0.113.11");
		Visitor second = new Visitor("203.0.113.12");
		Document onA = first.page(cluster.a, "/i/cluster-once");
		Document onB = second.page(cluster.b, "/i/cluster-once");
		CyclicBarrier together = new CyclicBarrier(2);

		CompletableFuture<HttpResponse<String>> viaA = CompletableFuture.supplyAsync(() -> {
			await(together);
			return first.submit(cluster.a, "/i/cluster-once/username", onA, Map.of("identifier", "once-a"));
		});
		CompletableFuture<HttpResponse<String>> viaB = CompletableFuture.supplyAsync(() -> {
			await(together);
			return second.submit(cluster.b, "/i/cluster-once/username", onB, Map.of("identifier", "once-b"));
		});

		List<Integer> answers = List.of(viaA.get().statusCode(), viaB.get().statusCode());
		assertThat(answers).as("one redeems, the other finds the link used up").containsOnlyOnce(302);
		Eventually.until("the winner's share", Duration.ofSeconds(30),
				() -> List.of(cluster.status("once-a"), cluster.status("once-b")).contains("SENT"));
		assertThat(cluster.sharesWith("once-a", "once-b")).hasSize(1);
		assertThat(cluster.database.sql("SELECT COUNT(*) FROM invite_request WHERE identifier IN ('once-a', 'once-b')")
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
		Document form = visitor.page(cluster.a, "/");
		Map<String, String> empty = Map.of("identifier", "");

		assertThat(visitor.submit(cluster.a, "/", form, empty).statusCode()).isNotEqualTo(429);
		assertThat(visitor.submit(cluster.b, "/", form, empty).statusCode()).isNotEqualTo(429);
		assertThat(visitor.submit(cluster.a, "/", form, empty).statusCode()).isNotEqualTo(429);
		assertThat(visitor.submit(cluster.b, "/", form, empty).statusCode())
			.as("4th of 3/minute, on the other instance")
			.isEqualTo(429);
	}

	/** Needs Spring Session JDBC (branch i8-shared). */
	@Test
	@Order(3)
	void aSessionCreatedOnOneInstanceIsValidOnTheOther() {
		Visitor owner = new Visitor("198.51.100.2");
		owner.signIn(cluster.a);

		HttpResponse<String> onB = owner.get(cluster.b, "/admin");

		assertThat(onB.statusCode()).as("signed in through A, served by B").isEqualTo(200);
	}

	@Test
	@Order(4)
	void aJobNeverRunsOnBothInstancesAtOnce() {
		Visitor ownerOfA = new Visitor("198.51.100.3");
		Visitor ownerOfB = new Visitor("198.51.100.4");
		ownerOfA.signIn(cluster.a);
		ownerOfB.signIn(cluster.b);
		cluster.sim.faults().held().hold("GET", "/api/users/?");
		try {
			Eventually.until("a people sync held", Duration.ofSeconds(20),
					() -> cluster.sim.faults().held().waiting() == 1);
			long calls = cluster.sim.requests().stream().filter((r) -> r.path().matches("/api/users/?")).count();
			double lockedOnA = TwoInstances.lockedSyncs(ownerOfA, cluster.a);
			double lockedOnB = TwoInstances.lockedSyncs(ownerOfB, cluster.b);

			Eventually.until("the other instance found the sync locked twice more", Duration.ofSeconds(20),
					() -> TwoInstances.lockedSyncs(ownerOfA, cluster.a)
							+ TwoInstances.lockedSyncs(ownerOfB, cluster.b) >= lockedOnA + lockedOnB + 2);

			assertThat(cluster.sim.faults().held().waiting()).isOne();
			assertThat(cluster.sim.requests().stream().filter((r) -> r.path().matches("/api/users/?")).count())
				.as("no second sync started meanwhile")
				.isEqualTo(calls);
			boolean aWaits = TwoInstances.lockedSyncs(ownerOfA, cluster.a) > lockedOnA;
			boolean bWaits = TwoInstances.lockedSyncs(ownerOfB, cluster.b) > lockedOnB;
			assertThat(aWaits ^ bWaits).as("only the instance without the sync finds it locked").isTrue();
		}
		finally {
			cluster.sim.faults().held().releaseAll();
		}
	}

	/**
	 * "Sign in with Plex" started through one instance, its status asked and its welcome
	 * page shown by the other (no sticky sessions): the attempt and the session are in
	 * the database, and one instance joins, once.
	 */
	@Test
	@Order(5)
	void aPlexSignInStartedOnOneInstanceIsFollowedOnTheOther() {
		cluster.createLink("cluster-plex", "UNLIMITED");
		SimAccount friend = cluster.sim.addAccount("plex-friend", "plex-friend@example.com");
		Visitor invitee = new Visitor("203.0.113.40");
		Document page = invitee.page(cluster.a, "/i/cluster-plex");

		HttpResponse<String> started = invitee.submit(cluster.a, "/i/cluster-plex/signin", page, Map.of());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		long pin = cluster.database.sql("SELECT pin_id FROM plex_sign_in WHERE link_code = 'cluster-plex'")
			.query(Long.class)
			.single();
		assertThat(invitee.get(cluster.b, "/i/cluster-plex/status").body()).contains("\"waiting\"");
		cluster.sim.approvePin(pin, friend);

		Eventually.until("the join done, as the other instance sees it", Duration.ofSeconds(30),
				() -> invitee.get(cluster.b, "/i/cluster-plex/status").body().contains("\"done\""));
		HttpResponse<String> welcome = invitee.get(cluster.b, "/i/cluster-plex/welcome");
		assertThat(welcome.statusCode()).isEqualTo(200);
		assertThat(welcome.body()).contains("Living Room");
		assertThat(cluster.sharesWith("plex-friend")).hasSize(1);
	}

	@Test
	@Order(6)
	void killingTheInstanceThatIsSharingLosesNothingAndSendsNothingTwice() {
		cluster.createLink("cluster-kill", "UNLIMITED");
		cluster.sim.addAccount("kill-me", "kill-me@example.com");
		Visitor invitee = new Visitor("203.0.113.30");
		Document page = invitee.page(cluster.a, "/i/cluster-kill");
		cluster.sim.faults().held().hold("POST", TwoInstances.SHARE);

		CompletableFuture.runAsync(
				() -> invitee.submit(cluster.a, "/i/cluster-kill/username", page, Map.of("identifier", "kill-me")));
		Eventually.until("the share's answer held", Duration.ofSeconds(20),
				() -> cluster.sim.faults().held().waiting() == 1);
		long lease = cluster.database.sql("""
				SELECT next_attempt_at - updated_at FROM invite_request
				WHERE identifier = 'kill-me' AND status = 'SENDING'""").query(Long.class).single();
		AppProcess holder = (lease == 3000) ? cluster.a : cluster.b;
		AppProcess survivor = (holder == cluster.a) ? cluster.b : cluster.a;
		holder.kill();
		cluster.sim.faults().held().releaseAll();

		Eventually.until("the survivor settles the request", Duration.ofSeconds(30),
				() -> List.of("SENT", "ALREADY_SHARED").contains(cluster.status("kill-me")));
		assertThat(survivor.alive()).isTrue();
		assertThat(cluster.sharesWith("kill-me")).hasSize(1);
		assertThat(cluster.sharePostsFor("kill-me")).as("plex.tv asked once").isOne();
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
