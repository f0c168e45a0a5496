package app.plexinvite.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox and the settings row (V12) on both databases. */
class OutboxStoreTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static final RenderedMail MAIL = new RenderedMail("Subject", "Plain ü", "<p>HTML ü</p>");

	@TempDir
	Path folder;

	private JdbcClient jdbc(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("m.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return JdbcClient.create(dataSource);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void storesClaimsAndRecordsOutcomes(String vendor) {
		Outbox outbox = new Outbox(jdbc(vendor));
		long first = outbox.add(MailKind.WELCOME, "a@example.com", "de", MAIL, NOW);
		long second = outbox.add(MailKind.TEST, "b@example.com", "en", MAIL, NOW.plusSeconds(1));

		assertThat(outbox.due(NOW.plusSeconds(1), 10)).containsExactly(first, second);
		assertThat(outbox.claim(first, NOW, NOW.plus(Duration.ofMinutes(5)))).isTrue();
		assertThat(outbox.claim(first, NOW, NOW.plus(Duration.ofMinutes(5)))).isFalse();
		assertThat(outbox.markSent(first, NOW.plus(Duration.ofMinutes(5)), NOW)).isTrue();
		assertThat(outbox.claim(second, NOW.plusSeconds(1), NOW.plus(Duration.ofMinutes(5)))).isTrue();
		assertThat(outbox.markFailed(second, NOW.plus(Duration.ofMinutes(5)), "x".repeat(800), null)).isTrue();

		OutboxMessage sent = outbox.find(first).orElseThrow();
		assertThat(sent)
			.extracting(OutboxMessage::status, OutboxMessage::attempts, OutboxMessage::sentAt, OutboxMessage::locale,
					OutboxMessage::html)
			.containsExactly(OutboxStatus.SENT, 1, NOW, "de", "<p>HTML ü</p>");
		OutboxMessage failed = outbox.find(second).orElseThrow();
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.lastError()).hasSize(Outbox.MAX_ERROR);
		assertThat(outbox.failing(NOW.minus(Duration.ofDays(1)))).isEqualTo(1);
		assertThat(outbox.recent(null, 1)).extracting(OutboxMessage::id).containsExactly(second);
		assertThat(outbox.recent(second, 10)).extracting(OutboxMessage::id).containsExactly(first);
		assertThat(outbox.retryNow(second, NOW)).isTrue();
		assertThat(outbox.retryNow(first, NOW)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void aReleasedClaimIsDueAtOnceForAnotherSender(String vendor) {
		Outbox outbox = new Outbox(jdbc(vendor));
		long id = outbox.add(MailKind.TEST, "a@example.com", "en", MAIL, NOW);
		Instant lease = NOW.plus(Duration.ofMinutes(5));
		assertThat(outbox.claim(id, NOW, lease)).isTrue();
		assertThat(outbox.due(NOW.plusSeconds(1), 10)).as("held").isEmpty();

		assertThat(outbox.release(id, NOW.plus(Duration.ofMinutes(1)), NOW)).as("not this claim").isFalse();
		assertThat(outbox.release(id, lease, NOW)).isTrue();

		Instant soon = NOW.plusSeconds(1);
		assertThat(outbox.due(soon, 10)).containsExactly(id);
		assertThat(outbox.claim(id, soon, soon.plus(Duration.ofMinutes(5)))).as("taken over at once").isTrue();
		assertThat(outbox.markSent(id, lease, soon)).as("the released claim records nothing").isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void aWorkerWhoseLeaseWasTakenOverRecordsNothing(String vendor) {
		Outbox outbox = new Outbox(jdbc(vendor));
		long id = outbox.add(MailKind.TEST, "a@example.com", "en", MAIL, NOW);
		Instant slowLease = NOW.plus(Duration.ofMinutes(5));
		Instant later = slowLease.plusSeconds(1);
		assertThat(outbox.claim(id, NOW, slowLease)).isTrue();
		assertThat(outbox.claim(id, later, later.plus(Duration.ofMinutes(5)))).as("taken over").isTrue();

		assertThat(outbox.markFailed(id, slowLease, "timed out", later.plusSeconds(60))).isFalse();
		assertThat(outbox.markSent(id, slowLease, later)).isFalse();

		assertThat(outbox.find(id).orElseThrow())
			.extracting(OutboxMessage::status, OutboxMessage::attempts, OutboxMessage::lastError)
			.containsExactly(OutboxStatus.SENDING, 0, null);
		assertThat(outbox.markSent(id, later.plus(Duration.ofMinutes(5)), later)).isTrue();
		assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void keepsOneSettingsRow(String vendor) {
		MailSettingsStore store = new MailSettingsStore(jdbc(vendor));
		assertThat(store.find()).isEmpty();

		store.saveChoices("de", false, "EXPIRED", NOW);
		store.saveSmtp(new MailSettingsStore.Stored("smtp.example.com", 465, "TLS", "u", "v1.sealed", "f@example.com",
				"o@example.com", null, true, null), NOW);

		MailSettingsStore.Stored stored = store.find().orElseThrow();
		assertThat(stored).isEqualTo(new MailSettingsStore.Stored("smtp.example.com", 465, "TLS", "u", "v1.sealed",
				"f@example.com", "o@example.com", "de", false, "EXPIRED"));
	}

}
