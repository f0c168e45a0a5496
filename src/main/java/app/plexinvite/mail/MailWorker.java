package app.plexinvite.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;
import app.plexinvite.jobs.WorkInFlight;

/**
 * Sends what the outbox holds: claims each due message (a conditional update, with a
 * lease that lets another worker take over after a crash), hands it to the SMTP server,
 * and records the outcome; a failure is tried again on the {@link RetrySchedule}. Never
 * runs in a page's or a publisher's thread. On shutdown a message still being sent after
 * the drain has its lease ended, so another instance sends it at once.
 */
@Component
class MailWorker {

	private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

	static final String JOB = "mail-outbox";

	static final int BATCH = 20;

	static final Duration LEASE = Duration.ofMinutes(5);

	private final Outbox outbox;

	private final MailSetup setup;

	private final SmtpSender smtp;

	private final Clock clock;

	private final WorkInFlight<Claim> inFlight;

	MailWorker(Outbox outbox, MailSetup setup, SmtpSender smtp, ObjectProvider<Clock> clock, ClusterJobs jobs) {
		this.outbox = outbox;
		this.setup = setup;
		this.smtp = smtp;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.inFlight = jobs.inFlight(JOB, this::release);
	}

	/** Sends every due message (at most a batch); returns how many were sent. */
	int sendDue() {
		Instant now = this.clock.instant();
		MailSettings settings = this.setup.current();
		int sent = 0;
		for (long id : this.outbox.due(now, BATCH)) {
			Claim claim = new Claim(id, now.plus(LEASE));
			if (!this.inFlight.begin(claim)) {
				continue;
			}
			try {
				if (this.outbox.claim(id, now, claim.lease()) && sendClaimed(id, claim.lease(), settings)) {
					sent++;
				}
			}
			finally {
				this.inFlight.end(claim);
			}
		}
		return sent;
	}

	private void release(List<Claim> claims) {
		Instant now = this.clock.instant();
		claims.forEach((claim) -> this.outbox.release(claim.id(), claim.lease(), now));
	}

	private boolean sendClaimed(long id, Instant lease, MailSettings settings) {
		OutboxMessage message = this.outbox.find(id).orElseThrow();
		try {
			this.smtp.send(settings, message.recipient(),
					new RenderedMail(message.subject(), message.text(), message.html()));
			this.outbox.markSent(id, lease, this.clock.instant());
			return true;
		}
		catch (SmtpSender.SendFailure ex) {
			failed(message, lease, ex.getMessage());
		}
		catch (RuntimeException ex) {
			failed(message, lease, "Unexpected error while sending (" + ex.getClass().getSimpleName() + ").");
		}
		return false;
	}

	private void failed(OutboxMessage message, Instant lease, String reason) {
		Instant now = this.clock.instant();
		Instant next = RetrySchedule.next(message.attempts() + 1, now);
		this.outbox.markFailed(message.id(), lease, reason, next);
		log.warn("E-mail #{} ({}) not sent, try {}: {}{}", message.id(), message.kind(), message.attempts() + 1, reason,
				(next != null) ? " Next try at " + next + "." : " Given up.");
	}

	/** A message this instance claimed, until its lease. */
	record Claim(long id, Instant lease) {
	}

}
