package app.plexinvite.invite;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The invite tables on SQLite and PostgreSQL, each migrated fresh by Flyway. */
class InviteRequestsTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@TempDir
	Path folder;

	private int tokens;

	private JdbcClient migrated(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("invite.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return JdbcClient.create(dataSource);
	}

	private InviteRequest stored(InviteRequests requests, String identifier, Instant at) {
		return requests
			.insert(InviteRequest.submitted(PlexIdentifier.parse(identifier), "token-" + (++this.tokens), false, at));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void storesARequestAndFindsItByIdTokenAndAccount(String vendor) {
		InviteRequests requests = new InviteRequests(migrated(vendor));

		InviteRequest stored = stored(requests, "Alice@Example.com", NOW);

		assertThat(stored.id()).isPositive();
		assertThat(requests.find(stored.id())).contains(stored);
		assertThat(requests.findByToken(stored.statusToken())).contains(stored);
		assertThat(requests.findLive("alice@example.com")).contains(stored);
		assertThat(requests.findByToken("nope")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void keepsOneOpenRequestPerAccountButLetsAFailedOneBeAskedAgain(String vendor) {
		InviteRequests requests = new InviteRequests(migrated(vendor));
		InviteRequest first = stored(requests, "alice", NOW);

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> stored(requests, "ALICE", NOW));

		InviteRequest sending = first.markSending(NOW, NOW.plusSeconds(60));
		assertThat(requests.claim(sending, RequestStatus.QUEUED, NOW)).isTrue();
		assertThat(requests.update(sending.fail("UNKNOWN_USER", "no", NOW), RequestStatus.SENDING)).isTrue();
		InviteRequest second = stored(requests, "alice", NOW);
		assertThat(requests.findLive("alice")).contains(second);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void letsOnlyOneWorkerClaimARequestAndOnlyWhenItIsDue(String vendor) {
		InviteRequests requests = new InviteRequests(migrated(vendor));
		InviteRequest later = requests
			.insert(InviteRequest.submitted(PlexIdentifier.parse("bob"), "t-bob", false, NOW.plusSeconds(30)));
		InviteRequest due = stored(requests, "alice", NOW);

		assertThat(requests.findDue(NOW, 10)).containsExactly(due.id());
		assertThat(requests.claim(later.markSending(NOW, NOW.plusSeconds(60)), RequestStatus.QUEUED, NOW)).isFalse();
		InviteRequest sending = due.markSending(NOW, NOW.plusSeconds(60));
		assertThat(requests.claim(sending, RequestStatus.QUEUED, NOW)).isTrue();
		assertThat(requests.claim(sending, RequestStatus.QUEUED, NOW)).isFalse();
		assertThat(requests.find(due.id()).orElseThrow().status()).isEqualTo(RequestStatus.SENDING);
		assertThat(requests.findAbandoned(NOW.plusSeconds(59))).isEmpty();
		assertThat(requests.findAbandoned(NOW.plusSeconds(61))).extracting(InviteRequest::id).containsExactly(due.id());
	}

	/**
	 * A worker whose lease ran out while it was still sending, and whose request another
	 * worker recovered and claimed again, records nothing: neither its late outcome nor
	 * its shutdown release may overwrite the new claim.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void recordsAnOutcomeOnlyForTheClaimThatStillHoldsTheRequest(String vendor) {
		InviteRequests requests = new InviteRequests(migrated(vendor));
		InviteRequest due = stored(requests, "alice", NOW);
		InviteRequest slow = due.markSending(NOW, NOW.plusSeconds(60));
		assertThat(requests.claim(slow, RequestStatus.QUEUED, NOW)).isTrue();
		Instant later = NOW.plusSeconds(61);
		InviteRequest abandoned = requests.findAbandoned(later).getFirst();
		assertThat(requests.updateClaimed(abandoned.markAmbiguous("interrupted", later), slow.nextAttemptAt()))
			.isTrue();
		InviteRequest retried = requests.find(due.id()).orElseThrow();
		InviteRequest taken = retried.markSending(later, later.plusSeconds(60));
		assertThat(requests.claim(taken, RequestStatus.WAITING_RETRY, later)).isTrue();

		assertThat(requests.updateClaimed(slow.fail("UNKNOWN_USER", "late", later), slow.nextAttemptAt())).isFalse();
		assertThat(requests.updateClaimed(taken.markAmbiguous("released", later), slow.nextAttemptAt())).isFalse();
		assertThat(requests.find(due.id()).orElseThrow().status()).isEqualTo(RequestStatus.SENDING);
		assertThat(requests.updateClaimed(taken.fail("UNKNOWN_USER", "no", later), taken.nextAttemptAt())).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void pagesNewestFirstBelowTheCursorWithStatusAndSearchFilters(String vendor) {
		InviteRequests requests = new InviteRequests(migrated(vendor));
		InviteRequest a = stored(requests, "anna_b", NOW);
		InviteRequest b = stored(requests, "annaxb", NOW);
		InviteRequest c = stored(requests, "carl@example.com", NOW);
		requests.update(c.cancel(NOW), RequestStatus.QUEUED);

		assertThat(requests.findPage(new RequestQuery(null, null, null, 2))).extracting(InviteRequest::id)
			.containsExactly(c.id(), b.id(), a.id());
		assertThat(requests.findPage(new RequestQuery(null, null, b.id(), 2))).extracting(InviteRequest::id)
			.containsExactly(a.id());
		assertThat(requests.findPage(new RequestQuery("A_B", null, null, 10))).extracting(InviteRequest::id)
			.containsExactly(a.id());
		assertThat(requests.findPage(new RequestQuery("%", null, null, 10))).isEmpty();
		assertThat(requests.findPage(new RequestQuery(null, RequestStatus.CANCELLED, null, 10)))
			.extracting(InviteRequest::id)
			.containsExactly(c.id());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void countsRequestsPerStatusAndPerUtcDay(String vendor) {
		JdbcClient jdbc = migrated(vendor);
		InviteRequests requests = new InviteRequests(jdbc);
		RequestCounts counts = new RequestCounts(jdbc);
		InviteRequest sent = stored(requests, "alice", NOW.minus(Duration.ofDays(1)));
		InviteRequest sending = sent.markSending(NOW, NOW);
		requests.claim(sending, RequestStatus.QUEUED, NOW);
		requests.update(sending.markSent(1L, NOW), RequestStatus.SENDING);
		stored(requests, "bob", NOW.minus(Duration.ofDays(1)));
		stored(requests, "carl", NOW);

		assertThat(counts.countByStatus()).containsEntry("SENT", 1L).containsEntry("QUEUED", 2L);
		long today = NOW.getEpochSecond() / 86400;
		assertThat(counts.countPerDay(today - 2)).containsExactlyInAnyOrder(
				new RequestCounts.DayTotals(today - 1, 2, 1), new RequestCounts.DayTotals(today, 1, 0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void storesSettingsAndOverwritesASetting(String vendor) {
		InviteSettings settings = new InviteSettings(migrated(vendor));

		settings.save(InviteSettings.INVITE_CODE, "first");
		settings.save(InviteSettings.INVITE_CODE, "second");

		assertThat(settings.find(InviteSettings.INVITE_CODE)).contains("second");
		assertThat(settings.find(InviteSettings.APPROVAL_REQUIRED)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void countsThePipelinesQueueAndFindsItsOldestRequest(String vendor) {
		JdbcClient database = migrated(vendor);
		InviteRequests requests = new InviteRequests(database);
		RequestCounts counts = new RequestCounts(database);
		assertThat(counts.queue()).isEqualTo(new RequestCounts.Queue(0, null));
		requests.insert(InviteRequest.submitted(PlexIdentifier.parse("awaiting"), "token-awaiting", true,
				NOW.minus(Duration.ofHours(1))));
		InviteRequest first = stored(requests, "first", NOW.minus(Duration.ofMinutes(10)));
		stored(requests, "second", NOW.minus(Duration.ofMinutes(5)));

		InviteRequest sending = first.markSending(NOW, NOW.plus(Duration.ofMinutes(5)));
		assertThat(requests.update(sending, RequestStatus.QUEUED)).isTrue();
		assertThat(counts.queue()).as("waiting for approval is not the pipeline's queue")
			.isEqualTo(new RequestCounts.Queue(2, NOW.minus(Duration.ofMinutes(10))));

		assertThat(requests.update(sending.markSent(7L, NOW), RequestStatus.SENDING)).isTrue();
		assertThat(counts.queue()).isEqualTo(new RequestCounts.Queue(1, NOW.minus(Duration.ofMinutes(5))));
	}

}
