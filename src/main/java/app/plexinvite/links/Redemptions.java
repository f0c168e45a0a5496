package app.plexinvite.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.plexinvite.jdbc.Columns;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;
import static app.plexinvite.jdbc.Columns.nullableLong;

/** The link_redemption table: one row per person per link. */
@Repository
class Redemptions {

	private static final String COLUMNS = "id, link_id, plex_account_id, username, email, profile_id, status, "
			+ "plex_share_id, request_id, access_ends_at, failure_reason, created_at, updated_at";

	private final JdbcClient jdbc;

	Redemptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A RESERVED redemption with the link's profile as it is now; DuplicateKeyException
	 * when this person has one for the link already.
	 */
	long insert(long linkId, String inviteeKey, Invitee invitee, Instant now) {
		return Columns.unique(() -> this.jdbc.sql("""
				INSERT INTO link_redemption (link_id, invitee_key, plex_account_id, username, email, profile_id, status,
				    created_at, updated_at)
				SELECT id, :key, :account, :username, :email, profile_id, 'RESERVED', :now, :now
				FROM invite_link WHERE id = :link
				RETURNING id""")
			.param("key", inviteeKey)
			.param("account", invitee.plexAccountId())
			.param("username", invitee.username())
			.param("email", invitee.email())
			.param("now", now.toEpochMilli())
			.param("link", linkId)
			.query(Long.class)
			.single());
	}

	Optional<Redemption> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM link_redemption WHERE id = :id")
			.param("id", id)
			.query(Redemptions::map)
			.optional();
	}

	Optional<Long> findId(long linkId, String inviteeKey) {
		return this.jdbc.sql("SELECT id FROM link_redemption WHERE link_id = :link AND invitee_key = :key")
			.param("link", linkId)
			.param("key", inviteeKey)
			.query(Long.class)
			.optional();
	}

	Optional<Redemption> findByRequest(long requestId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM link_redemption WHERE request_id = :request")
			.param("request", requestId)
			.query(Redemptions::map)
			.optional();
	}

	/** Newest first. */
	List<Redemption> findByLink(long linkId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM link_redemption WHERE link_id = :link ORDER BY id DESC")
			.param("link", linkId)
			.query(Redemptions::map)
			.list();
	}

	Map<Long, String> failureDetails(long linkId) {
		return this.jdbc.sql("""
				SELECT id, failure_detail FROM link_redemption
				WHERE link_id = :link AND failure_detail IS NOT NULL""")
			.param("link", linkId)
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("failure_detail")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Failed redemptions of links still listed, newest first. */
	List<Redemption> findFailed(int limit) {
		return this.jdbc.sql("SELECT " + prefixed("r") + """
				 FROM link_redemption r JOIN invite_link l ON l.id = r.link_id
				WHERE r.status = 'FAILED' AND l.deleted_at IS NULL
				ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit""")
			.param("limit", limit)
			.query(Redemptions::map)
			.list();
	}

	private static String prefixed(String alias) {
		return Arrays.stream(COLUMNS.split(", "))
			.map((column) -> alias + "." + column)
			.collect(Collectors.joining(", "));
	}

	/**
	 * Moves a redemption to {@code change.status()} if it is in one of the statuses that
	 * may lead there; false otherwise.
	 */
	boolean move(long id, RedemptionChange change, Instant now) {
		return this.jdbc
			.sql("""
					UPDATE link_redemption
					SET status = :status, plex_share_id = COALESCE(:share, plex_share_id),
					    request_id = COALESCE(:request, request_id), access_ends_at = COALESCE(:ends, access_ends_at), failure_reason = :reason,
					    failure_detail = :detail, updated_at = :now
					WHERE id = :id AND status IN (:from)""")
			.param("status", change.status().name())
			.param("share", change.plexShareId())
			.param("request", change.requestId())
			.param("ends", millis(change.accessEndsAt()))
			.param("reason", change.failureReason())
			.param("detail", change.failureDetail())
			.param("now", now.toEpochMilli())
			.param("id", id)
			.param("from", change.from())
			.update() == 1;
	}

	/** The invitee's language, a BCP 47 tag. */
	void recordLocale(long id, String tag) {
		this.jdbc.sql("UPDATE link_redemption SET locale = :locale WHERE id = :id")
			.param("locale", tag)
			.param("id", id)
			.update();
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM link_redemption WHERE id = :id").param("id", id).update() == 1;
	}

	private static Redemption map(ResultSet rs, int row) throws SQLException {
		return new Redemption(rs.getLong("id"), rs.getLong("link_id"), nullableLong(rs, "plex_account_id"),
				rs.getString("username"), rs.getString("email"), rs.getLong("profile_id"),
				RedemptionStatus.valueOf(rs.getString("status")), nullableLong(rs, "plex_share_id"),
				nullableLong(rs, "request_id"), instant(rs, "access_ends_at"), rs.getString("failure_reason"),
				Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
	}

}
