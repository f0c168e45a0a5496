package app.plexinvite.cluster;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application (child JVMs) on one fresh PostgreSQL database and one
 * Plex simulator in the test's JVM, configured as people configure a cluster: the same
 * SECRET_KEY, 127.0.0.1 as their trusted proxy, short leases (3 s on A, 4 s on B, so the
 * row being sent tells who claimed it) and a people sync every second. What the tests
 * read: the simulator's records, the database, and the instances' pages.
 */
final class TwoInstances implements AutoCloseable {

	static final String SHARE = "/api/servers/[^/]+/shared_servers/?";

	private static final Duration START = Duration.ofSeconds(90);

	final PlexSimulator sim = PlexSimulator.builder().build();

	final JdbcClient database;

	final AppProcess a;

	final AppProcess b;

	TwoInstances() throws SQLException {
		this.sim.addServer("Living Room").addLibrary("Movies", "movie");
		DataSource postgres = TestPostgres.freshDatabase();
		String url;
		try (Connection connection = postgres.getConnection()) {
			url = connection.getMetaData().getURL();
		}
		this.database = JdbcClient.create(postgres);
		Map<String, String> environment = Map.ofEntries(Map.entry("DATABASE_URL", url),
				Map.entry("DATABASE_USERNAME", "postgres"), Map.entry("PLEX_TV_URL", this.sim.baseUrl()),
				Map.entry("PLEX_CLIENTS_URL", this.sim.baseUrl()), Map.entry("PLEX_APP_URL", this.sim.baseUrl()),
				Map.entry("PLEX_TOKEN", this.sim.ownerToken()), Map.entry("PLEX_SERVER_NAME", "Living Room"),
				Map.entry("ADMIN_USERNAME", AppTest.OWNER),
				Map.entry("ADMIN_PASSWORD_HASH", AppTest.OWNER_PASSWORD_HASH),
				Map.entry("SECRET_KEY", "one key for the whole cluster"), Map.entry("TRUSTED_PROXIES", "127.0.0.1"),
				Map.entry("RATE_LIMIT_INVITE", "3/minute"), Map.entry("RATE_LIMIT_DEFAULT", "10000/minute"),
				Map.entry("RATE_LIMIT_INVITE_TOTAL", "10000/minute"), Map.entry("PEOPLE_SYNC_INTERVAL", "1s"));
		this.a = AppProcess.start("instance-a", environment, arguments("3s"));
		this.b = AppProcess.start("instance-b", environment, arguments("4s"));
		this.a.awaitHealthy(START);
		this.b.awaitHealthy(START);
	}

	private static List<String> arguments(String lease) {
		return List.of("--invite.lease=" + lease, "--people.sync-check=1s",
				"--management.endpoints.web.exposure.include=health,metrics,prometheus",
				"--logging.level.app.plexinvite=INFO");
	}

	/** Both instances' output, for a failed test. */
	String output() {
		return "----- " + this.a.name() + " -----\n" + this.a.output() + "\n----- " + this.b.name() + " -----\n"
				+ this.b.output();
	}

	@Override
	public void close() {
		this.a.close();
		this.b.close();
		this.sim.close();
	}

	/** A link the owner creates on instance A, with all libraries and typed usernames. */
	void createLink(String code, String uses) {
		Visitor owner = new Visitor("198.51.100.1");
		owner.signIn(this.a);
		HttpResponse<String> created = owner.submit(this.a, "/admin/links", owner.page(this.a, "/admin/links/new"),
				Map.of("label", code, "customCode", code, "expiry", "WEEK", "uses", uses, "access", "LIBRARIES",
						"allLibraries", "true", "allowUsername", "true"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
	}

	List<SimShare> sharesWith(String... usernames) {
		return this.sim.shares()
			.stream()
			.filter((share) -> List.of(usernames).contains(share.invitedUsername()))
			.toList();
	}

	long sharePostsFor(String username) {
		return this.sim.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().matches(SHARE))
			.filter((r) -> r.body().contains('"' + username + '"'))
			.count();
	}

	/** The status of the request for that account, as stored. */
	String status(String identifier) {
		return this.database.sql("SELECT status FROM invite_request WHERE identifier = ?")
			.param(identifier)
			.query(String.class)
			.optional()
			.orElse("none");
	}

	/**
	 * plexinvite_job_runs_total{job="people-sync",outcome="locked"} of one instance, read
	 * by its signed-in owner.
	 */
	static double lockedSyncs(Visitor owner, AppProcess app) {
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

}
