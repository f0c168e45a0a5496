package app.plexinvite.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.plexinvite.jdbc.Columns;

/**
 * The outbox table: rendered messages and their sending state. A sender claims a message
 * with one conditional update, so two workers (or instances) never send it twice at once.
 */
@Repository
class Outbox {

	static final int MAX_ERROR = 500;

	private static final String COLUMNS = "id, kind, recipient, locale, subject, text_body, html_body, status,"
			+ " attempts, next_attempt_at, last_error, created_at, sent_at";

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(MailKind kind, String recipient, String locale, RenderedMail mail, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO mail_outbox (kind, recipient, locale, subject, text_body, html_body, status, attempts,
				                         next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)
				RETURNING id""")
			.params(kind.name(), recipient, locale, mail.subject(), mail.text(), mail.html(), now.toEpochMilli(),
					now.toEpochMilli())
			.query(Long.class)
			.single();
	}

	/**
	 * Ids of messages due now (queued and due, or a claim whose lease ran out), oldest
	 * first.
	 */
	List<Long> due(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM mail_outbox
				WHERE (status = 'QUEUED' AND next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until < ?)
				ORDER BY next_attempt_at, id LIMIT ?""")
			.params(now.toEpochMilli(), now.toEpochMilli(), limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Takes a due message for one sender until {@code leaseUntil}; false when someone
	 * else did.
	 */
	boolean claim(long id, Instant now, Instant leaseUntil) {
		return this.jdbc
			.sql("""
					UPDATE mail_outbox SET status = 'SENDING', lease_until = ?
					WHERE id = ? AND ((status = 'QUEUED' AND next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until < ?))""")
			.params(leaseUntil.toEpochMilli(), id, now.toEpochMilli(), now.toEpochMilli())
			.update() == 1;
	}

	/**
	 * Records the sending, by the claim that still holds the message ({@code lease} as
	 * claimed): a worker whose lease ran out and was taken over records nothing.
	 */
	boolean markSent(long id, Instant lease, Instant now) {
		return this.jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?, lease_until = NULL,
				       last_error = NULL WHERE id = ? AND status = 'SENDING' AND lease_until = ?""")
			.params(now.toEpochMilli(), id, lease.toEpochMilli())
			.update() == 1;
	}

	/**
	 * Records a failed try: queued again at {@code next}, or FAILED when next is null;
	 * only by the claim that still holds the message (as {@link #markSent}).
	 */
	boolean markFailed(long id, Instant lease, String error, @Nullable Instant next) {
		boolean giveUp = next == null;
		return this.jdbc.sql("""
				UPDATE mail_outbox SET status = ?, attempts = attempts + 1, next_attempt_at = ?, lease_until = NULL,
				       last_error = ? WHERE id = ? AND status = 'SENDING' AND lease_until = ?""")
			.params(giveUp ? "FAILED" : "QUEUED", giveUp ? Instant.EPOCH.toEpochMilli() : next.toEpochMilli(),
					shorten(error), id, lease.toEpochMilli())
			.update() == 1;
	}

	/**
	 * Ends a claim's lease now (shutdown): another sender takes the message at once. Only
	 * the claim that still holds it (as {@link #markSent}).
	 */
	boolean release(long id, Instant lease, Instant now) {
		return this.jdbc
			.sql("UPDATE mail_outbox SET lease_until = ? WHERE id = ? AND status = 'SENDING' AND lease_until = ?")
			.params(now.minusMillis(1).toEpochMilli(), id, lease.toEpochMilli())
			.update() == 1;
	}

	/**
	 * The owner's "retry now": a failed or waiting message is due at once, its tries
	 * counted afresh.
	 */
	boolean retryNow(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE mail_outbox SET status = 'QUEUED', attempts = 0, next_attempt_at = ?
				WHERE id = ? AND status IN ('QUEUED', 'FAILED')""").params(now.toEpochMilli(), id).update() == 1;
	}

	Optional<OutboxMessage> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?")
			.param(id)
			.query(Outbox::message)
			.optional();
	}

	/**
	 * A page of the log, newest first: {@code limit} messages older than {@code beforeId}
	 * (or the newest).
	 */
	List<OutboxMessage> recent(Long beforeId, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id < ? ORDER BY id DESC LIMIT ?")
			.params((beforeId != null) ? beforeId : Long.MAX_VALUE, limit)
			.query(Outbox::message)
			.list();
	}

	/**
	 * Messages the owner should look at: failed since {@code since}, or waiting for a
	 * retry.
	 */
	long failing(Instant since) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM mail_outbox
				WHERE (status = 'FAILED' AND created_at >= ?) OR (status = 'QUEUED' AND attempts > 0)""")
			.param(since.toEpochMilli())
			.query(Long.class)
			.single();
	}

	private static String shorten(String error) {
		return (error.length() <= MAX_ERROR) ? error : error.substring(0, MAX_ERROR - 1) + "…";
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), MailKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
				rs.getString("locale"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				Columns.instant(rs, "next_attempt_at"), rs.getString("last_error"), Columns.instant(rs, "created_at"),
				Columns.instant(rs, "sent_at"));
	}

}
