package app.plexinvite.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.plex.PlexOwnedServer;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's sessions in the V16 tables, on both databases, with the repository set up
 * as the application sets it up.
 */
class SessionStoreTests {

	@TempDir
	static Path folder;

	static Stream<String> databases() {
		return Stream.of("sqlite", "postgresql");
	}

	@ParameterizedTest
	@MethodSource("databases")
	void keepsWhatTheFlowsPutInASessionForANewRepository(String vendor) {
		DataSource database = migrated(vendor);
		SessionRepository<Session> before = repository(database);
		Session session = before.createSession();
		var owner = UsernamePasswordAuthenticationToken.authenticated("owner", null,
				AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
		session.setAttribute("context", new SecurityContextImpl(owner));
		session.setAttribute("servers", List.of(new PlexOwnedServer("Living Room", "abc123")));
		session.setAttribute("totp", TotpSecret.generate(new SecureRandom()));
		before.save(session);

		Session restarted = repository(database).findById(session.getId());

		assertThat(restarted).isNotNull();
		assertThat(restarted.<SecurityContextImpl>getAttribute("context").getAuthentication().getName())
			.isEqualTo("owner");
		assertThat(restarted.<List<PlexOwnedServer>>getAttribute("servers"))
			.containsExactly(new PlexOwnedServer("Living Room", "abc123"));
		assertThat(restarted.<TotpSecret>getAttribute("totp").base32())
			.isEqualTo(session.<TotpSecret>getAttribute("totp").base32());
	}

	@ParameterizedTest
	@MethodSource("databases")
	void twoRequestsOfOneSessionMaySetTheSameNewAttribute(String vendor) {
		SessionRepository<Session> sessions = repository(migrated(vendor));
		Session session = sessions.createSession();
		sessions.save(session);
		Session firstTab = sessions.findById(session.getId());
		Session secondTab = sessions.findById(session.getId());

		firstTab.setAttribute("flash", "first");
		secondTab.setAttribute("flash", "second");
		sessions.save(firstTab);
		sessions.save(secondTab);

		assertThat(sessions.findById(session.getId()).<String>getAttribute("flash")).isEqualTo("second");
	}

	@SuppressWarnings("unchecked")
	private static SessionRepository<Session> repository(DataSource database) {
		var sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(database),
				new TransactionTemplate(new DataSourceTransactionManager(database)));
		new SessionConfiguration().attributeUpsert().customize(sessions);
		sessions.setCleanupCron(Scheduled.CRON_DISABLED);
		sessions.afterPropertiesSet();
		return (SessionRepository<Session>) (SessionRepository<?>) sessions;
	}

	private static DataSource migrated(String vendor) {
		DataSource database = vendor.equals("sqlite")
				? TestSqlite.dataSource(folder.resolve("sessions-" + System.nanoTime() + ".db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(database).locations("classpath:db/migration/" + vendor).load().migrate();
		return database;
	}

}
