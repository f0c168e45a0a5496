package app.plexinvite.links;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The links feature on a freshly migrated SQLite file or PostgreSQL database, with a
 * hand-moved clock. Access profiles belong to another feature: a mock knows profile
 * {@link #PROFILE} ("Friends"), the id of the default profile the migration creates (so
 * the foreign keys hold).
 */
final class LinksFixture {

	static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

	static final long PROFILE = 1;

	final MutableClock clock = new MutableClock(START);

	final DataSource dataSource;

	final AccessProfiles profiles = mock(AccessProfiles.class);

	final Links links;

	final Redemptions redemptions;

	final InviteLinks inviteLinks;

	LinksFixture(String vendor, Path folder) {
		this.dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(folder.resolve("links.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		this.links = new Links(jdbc);
		this.redemptions = new Redemptions(jdbc);
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		LinkReservations reservations = new LinkReservations(this.links, this.redemptions, transactions, this.clock);
		this.inviteLinks = new InviteLinks(this.links, this.redemptions, reservations,
				new LinkEditor(this.links, this.profiles), new LinkProperties(null, ""), new RedemptionCounts(jdbc),
				this.clock);
		given(this.profiles.find(anyLong())).willReturn(Optional.empty());
		given(this.profiles.find(PROFILE)).willReturn(Optional.of(profile(PROFILE, false)));
	}

	static AccessProfile profile(long id, boolean hidden) {
		return new AccessProfile(id, hidden ? "link" : "Friends", true, List.of(), false, false, false, null, null,
				null, null, !hidden, hidden);
	}

	static LinkDraft draft(String customCode, Integer maxUses, Instant expiresAt) {
		return new LinkDraft("Friends", customCode, null, null, expiresAt, maxUses, PROFILE, null, false, false);
	}

	InviteLink link(Integer maxUses) {
		return this.inviteLinks.create(draft(null, maxUses, null));
	}

}
