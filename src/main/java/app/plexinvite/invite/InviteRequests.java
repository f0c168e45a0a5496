package app.plexinvite.invite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.plexinvite.jdbc.Columns;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.millis;
import static app.plexinvite.jdbc.Columns.nullableLong;

/** The invite_request table: one readable statement per method. */
@Repository
class InviteRequests {

	/** Statuses that do not block a new request for the same account. */
	static final List<String> CLOSED = List.of("FAILED", "DENIED", "CANCELLED");

	private static final String COLUMNS = "id, status_token, identifier, identifier_key, status, attempts, "
			+ "next_attempt_at, ambiguous, failure_reason, failure_detail, plex_share_id, deny_reason, created_at, "
			+ "updated_at, profile_id, link_id, access_ends_at, locale";

	private final JdbcClient jdbc;

	InviteRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new request; DuplicateKeyException when the account has an open one. */
	InviteRequest insert(InviteRequest request) {
		long id = Columns.unique(() -> this.jdbc.sql("""
				INSERT INTO invite_request (status_token, identifier, identifier_key, status, attempts, next_attempt_at,
				    ambiguous, created_at, updated_at, profile_id, link_id, locale, access_ends_at)
				VALUES (:token, :identifier, :key, :status, 0, :next, FALSE, :created, :created, :profile, :link,
				    :locale, :ends)
				RETURNING id""")
			.param("token", request.statusToken())
			.param("identifier", request.identifier())
			.param("key", request.identifierKey())
			.param("status", request.status().name())
			.param("next", millis(request.nextAttemptAt()))
			.param("created", request.createdAt().toEpochMilli())
			.param("profile", request.profileId())
			.param("link", request.linkId())
			.param("locale", InviteeLanguage.tag(request.locale()))
			.param("ends", millis(request.accessEndsAt()))
			.query(Long.class)
			.single());
		return request.withId(id);
	}

	/**
	 * Writes a changed request if it is still in {@code expected}: false when another
	 * worker or the owner changed it first.
	 */
	boolean update(InviteRequest request, RequestStatus expected) {
		return write(request, expected, null);
	}

	/**
	 * Writes the outcome of a claim only while the row still shows that very claim
	 * (SENDING with the claim's lease): false when the lease ran out and another worker
	 * took the request over meanwhile.
	 */
	boolean updateClaimed(InviteRequest request, Instant claimLease) {
		return write(request, RequestStatus.SENDING, claimLease);
	}

	private boolean write(InviteRequest request, RequestStatus expected, Instant claimLease) {
		String sameClaim = (claimLease != null) ? " AND next_attempt_at = :lease" : "";
		return Columns.unique(() -> this.jdbc.sql("""
				UPDATE invite_request
				SET status = :status, attempts = :attempts, next_attempt_at = :next, ambiguous = :ambiguous,
				    failure_reason = :reason, failure_detail = :detail, plex_share_id = :share, deny_reason = :deny,
				    updated_at = :updated, profile_id = :profile, access_ends_at = :ends
				WHERE id = :id AND status = :expected""" + sameClaim)
			.param("lease", millis(claimLease))
			.param("status", request.status().name())
			.param("attempts", request.attempts())
			.param("next", millis(request.nextAttemptAt()))
			.param("ambiguous", request.ambiguous())
			.param("reason", request.failureReason())
			.param("detail", request.failureDetail())
			.param("share", request.plexShareId())
			.param("deny", request.denyReason())
			.param("updated", request.updatedAt().toEpochMilli())
			.param("profile", request.profileId())
			.param("ends", millis(request.accessEndsAt()))
			.param("id", request.id())
			.param("expected", expected.name())
			.update()) == 1;
	}

	/**
	 * Claims a due request for one worker: only one of several concurrent claims of the
	 * same row succeeds.
	 */
	boolean claim(InviteRequest sending, RequestStatus expected, Instant now) {
		return this.jdbc.sql("""
				UPDATE invite_request
				SET status = 'SENDING', attempts = :attempts, next_attempt_at = :lease, updated_at = :now
				WHERE id = :id AND status = :expected AND status IN ('QUEUED', 'WAITING_RETRY')
				  AND next_attempt_at <= :now""")
			.param("attempts", sending.attempts())
			.param("lease", millis(sending.nextAttemptAt()))
			.param("now", now.toEpochMilli())
			.param("id", sending.id())
			.param("expected", expected.name())
			.update() == 1;
	}

	Optional<InviteRequest> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM invite_request WHERE id = :id")
			.param("id", id)
			.query(InviteRequests::map)
			.optional();
	}

	Optional<InviteRequest> findByToken(String token) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM invite_request WHERE status_token = :token")
			.param("token", token)
			.query(InviteRequests::map)
			.optional();
	}

	/** The request for this account that is not failed, denied or cancelled, if any. */
	Optional<InviteRequest> findLive(String identifierKey) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM invite_request WHERE identifier_key = :key AND status NOT IN (:closed)")
			.param("key", identifierKey)
			.param("closed", CLOSED)
			.query(InviteRequests::map)
			.optional();
	}

	/** Ids of requests the worker should send now, oldest first. */
	List<Long> findDue(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM invite_request
				WHERE status IN ('QUEUED', 'WAITING_RETRY') AND next_attempt_at <= :now
				ORDER BY next_attempt_at, id LIMIT :limit""")
			.param("now", now.toEpochMilli())
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Requests left SENDING by a worker whose lease ended by {@code cutoff}. */
	List<InviteRequest> findAbandoned(Instant cutoff) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM invite_request WHERE status = 'SENDING' AND next_attempt_at <= :cutoff")
			.param("cutoff", cutoff.toEpochMilli())
			.query(InviteRequests::map)
			.list();
	}

	/**
	 * Requests waiting for the owner's library choice become due at {@code now}.
	 */
	int wakeUnconfigured(Instant now) {
		return this.jdbc.sql("""
				UPDATE invite_request SET next_attempt_at = :now
				WHERE status = 'QUEUED' AND failure_reason = 'NOT_CONFIGURED' AND next_attempt_at > :now""")
			.param("now", now.toEpochMilli())
			.update();
	}

	/**
	 * Newest first below the cursor; one more row than asked tells whether a next page
	 * exists. Absent filters become "any status", "%" and the largest id. Without a
	 * status the rows are walked by id alone: a list of every status made SQLite visit
	 * each status's rows and sort them, eight times slower at a million requests.
	 */
	List<InviteRequest> findPage(RequestQuery query) {
		String where = "WHERE id < :before AND identifier_key LIKE :pattern ESCAPE '\\'"
				+ ((query.status() != null) ? " AND status = :status" : "");
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM invite_request " + where + " ORDER BY id DESC LIMIT :limit")
			.param("before", (query.before() != null) ? query.before() : Long.MAX_VALUE)
			.param("status", (query.status() != null) ? query.status().name() : null)
			.param("pattern", SearchPattern.containing(query.search()))
			.param("limit", query.limit() + 1)
			.query(InviteRequests::map)
			.list();
	}

	private static InviteRequest map(ResultSet rs, int row) throws SQLException {
		return new InviteRequest(rs.getLong("id"), rs.getString("status_token"), rs.getString("identifier"),
				rs.getString("identifier_key"), RequestStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), rs.getBoolean("ambiguous"), rs.getString("failure_reason"),
				rs.getString("failure_detail"), nullableLong(rs, "plex_share_id"), rs.getString("deny_reason"),
				Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
				nullableLong(rs, "profile_id"), nullableLong(rs, "link_id"), instant(rs, "access_ends_at"),
				InviteeLanguage.parse(rs.getString("locale")));
	}

}
