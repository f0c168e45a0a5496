package app.plexinvite.users;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

/**
 * The people tables on a freshly migrated SQLite file or PostgreSQL database, with a
 * hand-moved clock, and people made in one line.
 */
final class PeopleFixture {

	static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

	/** The default profile the migrations create. */
	static final long DEFAULT_PROFILE = 1;

	final MutableClock clock = new MutableClock(START);

	final DataSource dataSource;

	final JdbcClient jdbc;

	final PersonStore store;

	final TransactionTemplate transaction;

	PeopleFixture(String vendor, Path folder) {
		this.dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(folder.resolve("people.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		this.jdbc = JdbcClient.create(this.dataSource);
		this.store = new PersonStore(this.jdbc);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
	}

	static PeopleProperties properties(Duration syncInterval, Duration syncMinGap) {
		return new PeopleProperties(syncInterval, syncMinGap, Duration.ofMinutes(1), Duration.ofDays(3), Duration.ZERO,
				Duration.ofHours(1), true);
	}

	PeopleSearch search() {
		var clocks = new StaticListableBeanFactory();
		clocks.addBean("clock", this.clock);
		return new PeopleSearch(this.jdbc, properties(Duration.ofMinutes(30), Duration.ofMinutes(1)),
				clocks.getBeanProvider(java.time.Clock.class));
	}

	Person insert(Person person) {
		return this.store.insert(person, this.clock.instant());
	}

	/**
	 * Someone holding a share (or who held one), as a sync or a grant would record them.
	 */
	static Person person(String username, Long plexAccountId, PersonState state) {
		return new Person(0, plexAccountId, username, (username != null) ? username + "@example.com" : null, null,
				state, PersonOrigin.REQUEST, null, null, (plexAccountId != null) ? 9000 + plexAccountId : null, null,
				false, List.of(), null, null, null, null, 0, 0, null, null, START, null, START, 0);
	}

}
