package app.plexinvite.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log (V7) on both databases: stores, filters and pages newest first. */
class AuditLogStoreTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@TempDir
	Path folder;

	private JdbcClient jdbc;

	private AuditLog log(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("a.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		var clock = new StaticListableBeanFactory().getBeanProvider(Clock.class);
		return new AuditLog(new AuditEntries(this.jdbc), clock);
	}

	private static AuditEvent owner(Instant at, AuditAction action, String target) {
		return new AuditEvent(at, Actor.owner("owner", "203.0.113.7", "Firefox"), action, target, AuditOutcome.ok());
	}

	private static List<String> targets(AuditLog log, AuditQuery query) {
		return log.find(query).entries().stream().map((e) -> e.event().target()).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void keepsEveryFieldOfAnEvent(String vendor) {
		AuditLog log = log(vendor);
		var event = new AuditEvent(NOW, Actor.owner("owner", "2001:db8::1", "Mozilla/5.0"), AuditAction.REQUEST_DENIED,
				"request #4 (bob@example.com)", AuditOutcome.failed("already sent"));
		var job = new AuditEvent(NOW, Actor.job("invite pipeline"), AuditAction.INVITE_SHARED, "request #5 (eve)",
				AuditOutcome.ok());

		log.record(event);
		log.record(job);

		assertThat(log.find(AuditQuery.newest(10)).entries()).extracting(AuditEntry::event).containsExactly(job, event);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void filtersByActionActorTextAndDays(String vendor) {
		AuditLog log = log(vendor);
		log.record(owner(NOW.minusSeconds(86_400 * 2), AuditAction.LINK_CREATED, "link #1 Family"));
		log.record(owner(NOW, AuditAction.LINK_REVOKED, "link #1 Family"));
		log.record(owner(NOW, AuditAction.PROFILE_EDITED, "profile #2 Kids_100%"));
		log.record(new AuditEvent(NOW, Actor.job("invite pipeline"), AuditAction.INVITE_SHARED, "request #9 (Family)",
				AuditOutcome.ok()));
		LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

		assertThat(targets(log, new AuditQuery(AuditAction.LINK_REVOKED, null, null, null, null, null, 10)))
			.containsExactly("link #1 Family");
		assertThat(targets(log, new AuditQuery(null, "invite pipeline", null, null, null, null, 10)))
			.containsExactly("request #9 (Family)");
		assertThat(targets(log, new AuditQuery(null, null, "FAMILY", today, today, null, 10)))
			.containsExactly("request #9 (Family)", "link #1 Family");
		assertThat(targets(log, new AuditQuery(null, null, "_100%", null, null, null, 10)))
			.containsExactly("profile #2 Kids_100%");
		assertThat(targets(log, new AuditQuery(null, null, "%", null, null, null, 10))).hasSize(1);
		assertThat(targets(log, new AuditQuery(null, null, null, null, today.minusDays(1), null, 10)))
			.containsExactly("link #1 Family");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void pagesOlderEntriesByCursor(String vendor) {
		AuditLog log = log(vendor);
		for (int i = 1; i <= 5; i++) {
			log.record(owner(NOW.plusSeconds(i), AuditAction.PROFILE_CREATED, "profile #" + i));
		}

		AuditPage first = log.find(AuditQuery.newest(2));
		AuditPage second = log.find(new AuditQuery(null, null, null, null, null, first.nextBefore(), 2));
		AuditPage last = log.find(new AuditQuery(null, null, null, null, null, second.nextBefore(), 2));

		assertThat(first.entries()).extracting((e) -> e.event().target()).containsExactly("profile #5", "profile #4");
		assertThat(second.entries()).extracting((e) -> e.event().target()).containsExactly("profile #3", "profile #2");
		assertThat(last.entries()).extracting((e) -> e.event().target()).containsExactly("profile #1");
		assertThat(last.nextBefore()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void neverStoresATokenPasswordOrCode(String vendor) {
		AuditLog log = log(vendor);
		String token = "aB3xYz9QwErTy7UiOp1L";
		String hash = "$2a$04$xxc9FtYkrNMJNqGAhMBfN.ThosFCadHukAaMLHYRrUMGSlMp6X4WO";
		log.record(new AuditEvent(NOW, Actor.owner("owner password=hunter2", "198.51.100.1", "curl token=" + token),
				AuditAction.INVITE_CODE_CHANGED, "X-Plex-Token=" + token + " code=letmein " + hash,
				AuditOutcome.failed("Plex said " + token + " and eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")));

		String everything = String.join(" | ",
				this.jdbc.sql("SELECT * FROM audit_entry")
					.query((rs, row) -> List.of(rs.getString("actor"), rs.getString("target"),
							rs.getString("search_key"), rs.getString("reason"), rs.getString("user_agent")))
					.single());

		assertThat(everything).doesNotContain(token, "hunter2", "letmein", "xxc9FtYk", "eyJhbGci", "c2ln")
			.contains("code=[masked]", "password=[masked]");
	}

}
