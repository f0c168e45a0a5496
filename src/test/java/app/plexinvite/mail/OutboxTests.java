package app.plexinvite.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.RequestDecided;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox: listeners only store, after the publisher's commit; the worker sends,
 * retries with back-off while the server is away, makes the failure visible, and sends
 * once the server is back; after a day of failures a message has failed until the owner
 * retries it.
 */
class OutboxTests extends MailAppTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MailQueue queue;

	@Autowired
	Mail mail;

	private void request(String who) {
		this.events.publishEvent(new RequestCreated(9, who, null, false, null, Locale.ENGLISH, this.clock.instant()));
	}

	@Test
	void aListenerStoresTheMessageAfterTheCommitAndNeverSendsIt() {
		this.transactions.executeWithoutResult((status) -> {
			request("lena");
			assertThat(messages()).as("nothing before the commit").isEmpty();
		});

		assertThat(only().status()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(only().recipient()).isEqualTo(OWNER_EMAIL);
		assertThat(smtp.getReceivedMessages()).isEmpty();

		this.worker.sendDue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(only().status()).isEqualTo(OutboxStatus.SENT);
	}

	@Test
	void aRolledBackChangeQueuesNothing() {
		this.transactions.executeWithoutResult((status) -> {
			request("mo");
			status.setRollbackOnly();
		});

		assertThat(messages()).isEmpty();
	}

	@Test
	void queuesNothingTheSettingsDoNotAllow() {
		this.setup.saveChoices(Locale.ENGLISH, false, EnumSet.noneOf(MailKind.class));
		request("nina");
		this.events.publishEvent(
				new RequestDecided(1, "nina", "nina@example.com", true, null, Locale.ENGLISH, this.clock.instant()));
		assertThat(messages()).isEmpty();

		this.setup.saveChoices(Locale.ENGLISH, true, EnumSet.allOf(MailKind.class));
		this.events.publishEvent(
				new RequestDecided(1, "nina", "not an address", true, null, Locale.ENGLISH, this.clock.instant()));
		assertThat(messages()).as("no address, no e-mail, no failure for the publisher").isEmpty();
	}

	@Test
	void retriesWithBackOffWhileTheServerIsAwayThenSends() throws IOException {
		smtpOnPort(closedPort());
		long id = this.queue.add(MailKind.TEST, OWNER_EMAIL, Locale.ENGLISH, Map.of());

		assertThat(this.worker.sendDue()).isZero();
		OutboxMessage failed = this.outbox.find(id).orElseThrow();
		assertThat(failed.status()).isEqualTo(OutboxStatus.QUEUED);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).startsWith("Could not connect to the SMTP server 127.0.0.1:");
		assertThat(failed.nextAttemptAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(this.mail.failing()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(59));
		this.worker.sendDue();
		assertThat(this.outbox.find(id).orElseThrow().attempts()).as("not due yet").isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(1));
		this.worker.sendDue();
		OutboxMessage second = this.outbox.find(id).orElseThrow();
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(second.nextAttemptAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)));

		smtpOnPort(smtp.getSmtp().getPort());
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.worker.sendDue()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		OutboxMessage sent = this.outbox.find(id).orElseThrow();
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.lastError()).isNull();
		assertThat(this.mail.failing()).isZero();
	}

	@Test
	void failsAfterADayOfTriesUntilTheOwnerRetriesIt() throws IOException {
		smtpOnPort(closedPort());
		long id = this.queue.add(MailKind.TEST, OWNER_EMAIL, Locale.ENGLISH, Map.of());
		for (int i = 0; i < RetrySchedule.MAX_ATTEMPTS; i++) {
			this.worker.sendDue();
			this.clock.advance(Duration.ofHours(1));
		}
		OutboxMessage failed = this.outbox.find(id).orElseThrow();
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(RetrySchedule.MAX_ATTEMPTS);
		assertThat(this.mail.failing()).isEqualTo(1);
		this.clock.advance(Duration.ofHours(1));
		this.worker.sendDue();
		assertThat(this.outbox.find(id).orElseThrow().attempts()).as("given up").isEqualTo(RetrySchedule.MAX_ATTEMPTS);

		smtpOnPort(smtp.getSmtp().getPort());
		assertThat(this.queue.retryNow(id)).isTrue();
		this.worker.sendDue();
		assertThat(this.outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
		assertThat(this.queue.retryNow(id)).as("nothing to retry once sent").isFalse();
	}

	@Test
	void aClaimIsTakenOnceAndALapsedLeaseIsTakenOver() {
		long id = this.queue.add(MailKind.TEST, OWNER_EMAIL, Locale.ENGLISH, Map.of());
		var now = this.clock.instant();
		assertThat(this.outbox.claim(id, now, now.plus(MailWorker.LEASE))).isTrue();
		assertThat(this.outbox.claim(id, now, now.plus(MailWorker.LEASE))).isFalse();
		assertThat(this.worker.sendDue()).as("claimed by someone else").isZero();

		this.clock.advance(MailWorker.LEASE.plusSeconds(1));
		assertThat(this.worker.sendDue()).as("the other sender crashed").isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
