package app.plexinvite.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.plexinvite.invite.InviteeLanguage;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;

/**
 * The plex_sign_in table: the invitees' sign-ins, shared by every instance of the
 * database. State changes are conditional updates naming the state they leave, so two
 * instances never both move one attempt (only one joins).
 */
@Repository
class SignInAttempts {

	private static final String COLUMNS = "id, link_code, pin_id, expires_at, state, outcome, status_token, "
			+ "message_key, access_ends_at, changed_at, locale";

	private final JdbcClient jdbc;

	SignInAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new WAITING attempt, first polled at {@code pollAfter}. */
	void insert(SignInAttempt attempt, Instant pollAfter) {
		this.jdbc.sql("""
				INSERT INTO plex_sign_in (id, link_code, pin_id, expires_at, state, locale, poll_after, changed_at)
				VALUES (:id, :code, :pin, :expires, :state, :locale, :pollAfter, :changed)""")
			.param("id", attempt.id())
			.param("code", attempt.code())
			.param("pin", attempt.pinId())
			.param("expires", attempt.expiresAt().toEpochMilli())
			.param("state", attempt.state().name())
			.param("locale", InviteeLanguage.tag(attempt.locale()))
			.param("pollAfter", pollAfter.toEpochMilli())
			.param("changed", attempt.changedAt().toEpochMilli())
			.update();
	}

	Optional<SignInAttempt> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM plex_sign_in WHERE id = :id")
			.param("id", id)
			.query(SignInAttempts::map)
			.optional();
	}

	/** The waiting attempts due for a poll, oldest change first. */
	List<SignInAttempt> findDue(Instant now) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM plex_sign_in WHERE state = 'WAITING' AND poll_after <= :now ORDER BY changed_at, id")
			.param("now", now.toEpochMilli())
			.query(SignInAttempts::map)
			.list();
	}

	/** Whether any attempt waits for its person to sign in. */
	boolean anyWaiting() {
		return this.jdbc.sql("SELECT COUNT(*) FROM plex_sign_in WHERE state = 'WAITING'")
			.query(Integer.class)
			.single() > 0;
	}

	int count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM plex_sign_in").query(Integer.class).single();
	}

	/** When the latest pause of polling ends, if any waiting attempt has one. */
	Optional<Instant> pausedUntil(Instant now) {
		return this.jdbc.sql("""
				SELECT poll_after FROM plex_sign_in WHERE state = 'WAITING' AND poll_after > :now
				ORDER BY poll_after DESC LIMIT 1""")
			.param("now", now.toEpochMilli())
			.query(Long.class)
			.optional()
			.map(Instant::ofEpochMilli);
	}

	/** Polls no waiting attempt before {@code until} (plex.tv asked us to slow down). */
	void pauseAll(Instant until) {
		this.jdbc.sql("UPDATE plex_sign_in SET poll_after = :until WHERE state = 'WAITING' AND poll_after < :until")
			.param("until", until.toEpochMilli())
			.update();
	}

	/** WAITING → JOINING; false when another instance (or a forget) was first. */
	boolean claimForJoining(String id, Instant now) {
		return this.jdbc.sql("""
				UPDATE plex_sign_in SET state = 'JOINING', changed_at = :now
				WHERE id = :id AND state = 'WAITING'""").param("now", now.toEpochMilli()).param("id", id).update() == 1;
	}

	/**
	 * {@code from} → DONE with the outcome; false when the attempt is not in
	 * {@code from}.
	 */
	boolean finish(String id, SignInAttempt.State from, JoinOutcome outcome, Instant now) {
		return this.jdbc.sql("""
				UPDATE plex_sign_in SET state = 'DONE', outcome = :kind, status_token = :statusToken,
				    message_key = :messageKey, access_ends_at = :accessEndsAt, changed_at = :now
				WHERE id = :id AND state = :from""")
			.param("kind", outcome.kind().name())
			.param("statusToken", outcome.statusToken())
			.param("messageKey", outcome.messageKey())
			.param("accessEndsAt", millis(outcome.accessEndsAt()))
			.param("now", now.toEpochMilli())
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	/**
	 * JOINING → DONE with the outcome for the attempts unchanged since {@code before}:
	 * their join was lost with its instance (the token was only in its memory).
	 */
	int finishLostJoins(Instant before, JoinOutcome outcome, Instant now) {
		return this.jdbc.sql("""
				UPDATE plex_sign_in SET state = 'DONE', outcome = :kind, changed_at = :now
				WHERE state = 'JOINING' AND changed_at < :before""")
			.param("kind", outcome.kind().name())
			.param("now", now.toEpochMilli())
			.param("before", before.toEpochMilli())
			.update();
	}

	/** Removes an attempt still waiting (the person started another one). */
	void deleteWaiting(String id) {
		this.jdbc.sql("DELETE FROM plex_sign_in WHERE id = :id AND state = 'WAITING'").param("id", id).update();
	}

	/** Removes the attempts unchanged and expired since {@code cutoff}. */
	int deleteOlderThan(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM plex_sign_in WHERE changed_at < :cutoff AND expires_at < :cutoff")
			.param("cutoff", cutoff.toEpochMilli())
			.update();
	}

	private static SignInAttempt map(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("outcome");
		JoinOutcome outcome = (kind != null) ? new JoinOutcome(JoinOutcome.Kind.valueOf(kind),
				rs.getString("status_token"), rs.getString("message_key"), instant(rs, "access_ends_at")) : null;
		return new SignInAttempt(rs.getString("id"), rs.getString("link_code"), rs.getLong("pin_id"),
				instant(rs, "expires_at"), SignInAttempt.State.valueOf(rs.getString("state")), outcome,
				instant(rs, "changed_at"), InviteeLanguage.parse(rs.getString("locale")));
	}

}
