package app.plexinvite.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One message in the outbox.
 *
 * @param id its id
 * @param kind what it is
 * @param recipient the address it goes to
 * @param locale its language tag
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part
 * @param status where it is
 * @param attempts how many tries were made
 * @param nextAttemptAt when it is due next
 * @param lastError why the last try failed, in our words (never a credential)
 * @param createdAt when it was queued
 * @param sentAt when the server accepted it
 */
record OutboxMessage(long id, MailKind kind, String recipient, String locale, String subject, String text, String html,
		OutboxStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
		@Nullable Instant sentAt) {

	/** Whether it was tried and failed, and is waiting for another try. */
	public boolean retrying() {
		return this.status == OutboxStatus.QUEUED && this.attempts > 0;
	}

}
