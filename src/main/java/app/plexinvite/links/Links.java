package app.plexinvite.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.plexinvite.jdbc.Columns;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;
import static app.plexinvite.jdbc.Columns.nullableInt;

/**
 * The invite_link table. Deleted links keep their row (their redemptions still hold the
 * profile, and their code is never given to another link) but are found by nothing here.
 */
@Repository
class Links {

	private static final String COLUMNS = "id, code, custom_code, label, message, invitee_name, expires_at, max_uses, "
			+ "uses, profile_id, approval_required, allow_username, revoked_at, created_at";

	private final JdbcClient jdbc;

	Links(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new link; DuplicateKeyException when the code is taken (any case). */
	long insert(InviteLink link) {
		return Columns.unique(() -> this.jdbc
			.sql("""
					INSERT INTO invite_link (code, code_key, custom_code, label, message, invitee_name, expires_at, max_uses,
					    uses, profile_id, approval_required, allow_username, created_at, updated_at)
					VALUES (:code, :key, :custom, :label, :message, :invitee, :expires, :max, 0, :profile, :approval,
					    :username, :created, :created)
					RETURNING id""")
			.param("code", link.code())
			.param("key", LinkCodes.key(link.code()))
			.param("custom", link.customCode())
			.param("label", link.label())
			.param("message", link.message())
			.param("invitee", link.inviteeName())
			.param("expires", millis(link.expiresAt()))
			.param("max", link.maxUses())
			.param("profile", link.profileId())
			.param("approval", link.approvalRequired())
			.param("username", link.allowUsername())
			.param("created", link.createdAt().toEpochMilli())
			.query(Long.class)
			.single());
	}

	/** Writes what the owner may edit (never the code, uses or revocation). */
	boolean update(InviteLink link, Instant now) {
		return this.jdbc.sql("""
				UPDATE invite_link
				SET label = :label, message = :message, invitee_name = :invitee, expires_at = :expires, max_uses = :max,
				    profile_id = :profile, approval_required = :approval, allow_username = :username, updated_at = :now
				WHERE id = :id AND deleted_at IS NULL""")
			.param("label", link.label())
			.param("message", link.message())
			.param("invitee", link.inviteeName())
			.param("expires", millis(link.expiresAt()))
			.param("max", link.maxUses())
			.param("profile", link.profileId())
			.param("approval", link.approvalRequired())
			.param("username", link.allowUsername())
			.param("now", now.toEpochMilli())
			.param("id", link.id())
			.update() == 1;
	}

	Optional<InviteLink> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM invite_link WHERE id = :id AND deleted_at IS NULL")
			.param("id", id)
			.query(Links::map)
			.optional();
	}

	Optional<InviteLink> findByCode(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM invite_link WHERE code_key = :key AND deleted_at IS NULL")
			.param("key", LinkCodes.key(code))
			.query(Links::map)
			.optional();
	}

	/**
	 * Whether a link (deleted ones too: an old QR code never leads elsewhere) has the
	 * code.
	 */
	boolean codeTaken(String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invite_link WHERE code_key = :key")
			.param("key", LinkCodes.key(code))
			.query(Long.class)
			.single() > 0;
	}

	/** Newest first. */
	List<InviteLink> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM invite_link WHERE deleted_at IS NULL ORDER BY id DESC")
			.query(Links::map)
			.list();
	}

	/**
	 * Takes one use if the link is still redeemable at {@code now}: a single conditional
	 * UPDATE, so concurrent takers of the last use cannot both succeed (PostgreSQL
	 * re-checks the WHERE on the row another transaction changed; SQLite has one writer).
	 */
	boolean takeUse(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE invite_link SET uses = uses + 1
				WHERE id = :id AND revoked_at IS NULL AND deleted_at IS NULL
				  AND (expires_at IS NULL OR expires_at > :now) AND (max_uses IS NULL OR uses < max_uses)""")
			.param("id", id)
			.param("now", now.toEpochMilli())
			.update() == 1;
	}

	void giveBackUse(long id) {
		this.jdbc.sql("UPDATE invite_link SET uses = uses - 1 WHERE id = :id AND uses > 0").param("id", id).update();
	}

	/**
	 * Counts an attempt in the current one-hour window (a fixed window that starts at the
	 * first attempt after the last one ended): false when the window holds {@code cap}
	 * attempts already.
	 */
	boolean countAttempt(long id, Instant now, Instant windowStartsAfter, int cap) {
		return this.jdbc.sql("""
				UPDATE invite_link
				SET attempts_in_window = CASE WHEN attempt_window_started_at IS NULL
				        OR attempt_window_started_at <= :after THEN 1 ELSE attempts_in_window + 1 END,
				    attempt_window_started_at = CASE WHEN attempt_window_started_at IS NULL
				        OR attempt_window_started_at <= :after THEN :now ELSE attempt_window_started_at END
				WHERE id = :id
				  AND (attempt_window_started_at IS NULL OR attempt_window_started_at <= :after
				       OR attempts_in_window < :cap)""")
			.param("after", windowStartsAfter.toEpochMilli())
			.param("now", now.toEpochMilli())
			.param("id", id)
			.param("cap", cap)
			.update() == 1;
	}

	boolean revoke(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE invite_link SET revoked_at = :now, updated_at = :now
				WHERE id = :id AND revoked_at IS NULL AND deleted_at IS NULL""")
			.param("now", now.toEpochMilli())
			.param("id", id)
			.update() == 1;
	}

	boolean delete(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE invite_link SET deleted_at = :now, updated_at = :now
				WHERE id = :id AND deleted_at IS NULL""")
			.param("now", now.toEpochMilli())
			.param("id", id)
			.update() == 1;
	}

	private static InviteLink map(ResultSet rs, int row) throws SQLException {
		return new InviteLink(rs.getLong("id"), rs.getString("code"), rs.getBoolean("custom_code"),
				rs.getString("label"), rs.getString("message"), rs.getString("invitee_name"), instant(rs, "expires_at"),
				nullableInt(rs, "max_uses"), rs.getInt("uses"), rs.getLong("profile_id"),
				rs.getBoolean("approval_required"), rs.getBoolean("allow_username"), instant(rs, "revoked_at"),
				Instant.ofEpochMilli(rs.getLong("created_at")));
	}

}
