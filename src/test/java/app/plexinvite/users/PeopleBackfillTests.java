package app.plexinvite.users;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V9 on both databases lists the people Plex Invite already shared with: from links (the
 * newest redemption per account) and from requests nobody from a link matches.
 */
class PeopleBackfillTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void listsEveryoneSharedWithByALinkOrARequestOnce(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("b.db"))
				: TestPostgres.freshDatabase();
		migrate(dataSource, vendor, "8");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		long profile = jdbc.sql("SELECT id FROM access_profile WHERE is_default = TRUE").query(Long.class).single();
		long family = link(jdbc, "Family", profile);
		long work = link(jdbc, "Work", profile);
		redemption(jdbc, family, "plex:7", 7L, "alice", "ACCEPTED", profile, 100);
		long aliceAtWork = redemption(jdbc, work, "plex:7", 7L, "alice", "SHARED", profile, 200);
		redemption(jdbc, family, "plex:8", 8L, "bob", "FAILED", profile, 300);
		long dan = redemption(jdbc, family, "name:dan@example.com", null, "dan@example.com", "SHARED", profile, 400);
		request(jdbc, "ALICE", "SENT", null, 500);
		long carol = request(jdbc, "carol@example.com", "ALREADY_SHARED", profile, 600);
		request(jdbc, "erin", "FAILED", null, 700);
		long frank = request(jdbc, "frank", "SENT", null, 800);

		migrate(dataSource, vendor, "latest");

		List<Person> people = new PersonStore(jdbc).everyone();
		assertThat(people).extracting((p) -> p.displayName() + " " + p.origin() + " " + p.state() + " " + p.originRef())
			.containsExactlyInAnyOrder("alice LINK PENDING " + aliceAtWork, "dan@example.com LINK PENDING " + dan,
					"carol@example.com REQUEST PENDING " + carol, "frank REQUEST PENDING " + frank);
		Person alice = people.stream().filter((p) -> "alice".equals(p.username())).findFirst().orElseThrow();
		assertThat(alice.plexAccountId()).isEqualTo(7L);
		assertThat(alice.originLabel()).isEqualTo("Work");
		assertThat(alice.joinedAt()).isEqualTo(Instant.ofEpochMilli(200));
		Person typed = people.stream().filter((p) -> p.originRef() == dan).findFirst().orElseThrow();
		assertThat(typed.username()).isNull();
		assertThat(typed.email()).isEqualTo("dan@example.com");
		Person frankie = people.stream().filter((p) -> "frank".equals(p.username())).findFirst().orElseThrow();
		assertThat(frankie.profileId()).as("no profile recorded: the default one").isEqualTo(profile);
		assertThat(frankie.plexShareId()).isEqualTo(800L);
		assertThat(new PersonStore(jdbc).findHolding(profile)).hasSize(4);
		assertThat(new PersonStore(jdbc).findByName("DAN@example.com")).containsExactly(typed);
		assertThat(new PersonStore(jdbc).findByName("Frank")).containsExactly(frankie);
		assertThat(new PersonKeys(jdbc).rekey()).as("the backfill's keys are Java's for ASCII names").isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void marksAnAcceptedRedemptionAccepted(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("a.db"))
				: TestPostgres.freshDatabase();
		migrate(dataSource, vendor, "8");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		long profile = jdbc.sql("SELECT id FROM access_profile WHERE is_default = TRUE").query(Long.class).single();
		redemption(jdbc, link(jdbc, "Family", profile), "plex:7", 7L, "alice", "ACCEPTED", profile, 100);

		migrate(dataSource, vendor, "latest");

		assertThat(new PersonStore(jdbc).everyone()).singleElement()
			.satisfies((alice) -> assertThat(alice.state()).isEqualTo(PersonState.ACCEPTED));
	}

	private static long link(JdbcClient jdbc, String label, long profile) {
		return jdbc.sql("""
				INSERT INTO invite_link (code, code_key, custom_code, label, profile_id, approval_required,
				    allow_username, created_at, updated_at)
				VALUES (:label, :label, FALSE, :label, :p, FALSE, TRUE, 1, 1) RETURNING id""")
			.param("label", label)
			.param("p", profile)
			.query(Long.class)
			.single();
	}

	/** A redemption whose share id is its time (so each is told apart). */
	private static long redemption(JdbcClient jdbc, long link, String key, Long account, String username, String status,
			long profile, long at) {
		return jdbc.sql("""
				INSERT INTO link_redemption (link_id, invitee_key, plex_account_id, username, profile_id, status,
				    plex_share_id, created_at, updated_at)
				VALUES (:link, :key, :account, :username, :profile, :status, :at, :at, :at) RETURNING id""")
			.param("link", link)
			.param("key", key)
			.param("account", account)
			.param("username", username)
			.param("profile", profile)
			.param("status", status)
			.param("at", at)
			.query(Long.class)
			.single();
	}

	private static long request(JdbcClient jdbc, String identifier, String status, Long profile, long at) {
		return jdbc.sql("""
				INSERT INTO invite_request (status_token, identifier, identifier_key, status, plex_share_id,
				    profile_id, created_at, updated_at)
				VALUES (:token, :identifier, :key, :status, :at, :profile, :at, :at) RETURNING id""")
			.param("token", "token-" + at)
			.param("identifier", identifier)
			.param("key", identifier.toLowerCase(java.util.Locale.ROOT))
			.param("status", status)
			.param("profile", profile)
			.param("at", at)
			.query(Long.class)
			.single();
	}

	private static void migrate(DataSource dataSource, String vendor, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/" + vendor)
			.target(target)
			.load()
			.migrate();
	}

}
