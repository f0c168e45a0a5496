package app.plexinvite.invite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
 * The tallies the database keeps of invite_request (V18) agree with counting the rows, on
 * both databases, through inserts, status changes, moves of the outcome's day and
 * deletes.
 */
class RequestTallyTest {

	private static final long DAY = 86_400_000L;

	private static final List<String> STATUSES = List.of("AWAITING_APPROVAL", "QUEUED", "SENDING", "WAITING_RETRY",
			"SENT", "ALREADY_SHARED", "FAILED", "DENIED", "CANCELLED");

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void keepsCountingWhatTheRowsSay(String vendor) {
		JdbcClient jdbc = migrated(vendor);
		Random random = new Random(18);
		List<Long> ids = new ArrayList<>();
		for (int step = 0; step < 400; step++) {
			int what = random.nextInt(10);
			if (ids.isEmpty() || what < 4) {
				long created = 20_000 * DAY + random.nextInt(5) * DAY + random.nextInt(1000);
				ids.add(jdbc.sql("""
						INSERT INTO invite_request (status_token, identifier, identifier_key, status, created_at,
						    updated_at)
						VALUES (:token, :name, :name, :status, :created, :created) RETURNING id""")
					.param("token", "t" + step)
					.param("name", "user" + step)
					.param("status", random.nextBoolean() ? "QUEUED" : STATUSES.get(random.nextInt(STATUSES.size())))
					.param("created", created)
					.query(Long.class)
					.single());
			}
			else if (what < 7) {
				jdbc.sql("UPDATE invite_request SET status = :status, updated_at = updated_at + :later WHERE id = :id")
					.param("status", STATUSES.get(random.nextInt(STATUSES.size())))
					.param("later", random.nextInt(3) * DAY)
					.param("id", ids.get(random.nextInt(ids.size())))
					.update();
			}
			else if (what < 9) {
				jdbc.sql("UPDATE invite_request SET updated_at = updated_at + :later WHERE id = :id")
					.param("later", DAY)
					.param("id", ids.get(random.nextInt(ids.size())))
					.update();
			}
			else {
				jdbc.sql("DELETE FROM invite_request WHERE id = :id")
					.param("id", ids.remove(random.nextInt(ids.size())))
					.update();
			}
		}

		assertThat(counted(jdbc, """
				SELECT (created_at / 86400000) || ' ' || status AS k, count(*) AS n FROM invite_request
				GROUP BY created_at / 86400000, status""")).isNotEmpty()
			.isEqualTo(counted(jdbc,
					"SELECT epoch_day || ' ' || status AS k, requests AS n FROM invite_request_day WHERE requests <> 0"));
		assertThat(counted(jdbc, """
				SELECT '' || (updated_at / 86400000) AS k, count(*) AS n FROM invite_request
				WHERE status IN ('SENT', 'ALREADY_SHARED') GROUP BY updated_at / 86400000""")).isNotEmpty()
			.isEqualTo(counted(jdbc,
					"SELECT '' || epoch_day AS k, granted AS n FROM invite_grant_day WHERE granted <> 0"));
	}

	private static Map<String, Long> counted(JdbcClient jdbc, String sql) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
		return counts;
	}

	private JdbcClient migrated(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("t.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return JdbcClient.create(dataSource);
	}

}
