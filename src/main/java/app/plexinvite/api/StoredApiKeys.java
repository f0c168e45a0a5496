package app.plexinvite.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.plexinvite.jdbc.Columns;

/** The {@code api_key} table: one readable statement per method. */
@Repository
class StoredApiKeys {

	private static final String COLUMNS = "id, name, display_prefix, created_at, created_by, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	StoredApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String displayPrefix, String keyHash, String createdBy, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO api_key (name, display_prefix, key_hash, created_at, created_by)
				VALUES (:name, :prefix, :hash, :now, :by)
				RETURNING id
				""")
			.param("name", name)
			.param("prefix", displayPrefix)
			.param("hash", keyHash)
			.param("now", now.toEpochMilli())
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	/** Newest first, revoked ones included. */
	List<ApiKey> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY id DESC").query(StoredApiKeys::row).list();
	}

	Optional<ApiKey> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = :id")
			.param("id", id)
			.query(StoredApiKeys::row)
			.optional();
	}

	/**
	 * The key with this hash, revoked or not (an index look-up, not a comparison loop).
	 */
	Optional<ApiKey> findByHash(String keyHash) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = :hash")
			.param("hash", keyHash)
			.query(StoredApiKeys::row)
			.optional();
	}

	/** Whether this call revoked it (false: unknown or revoked already). */
	boolean revoke(long id, Instant now) {
		return this.jdbc.sql("UPDATE api_key SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", now.toEpochMilli())
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Only when the stored time is older than {@code staleBefore}: at most one write a
	 * minute.
	 */
	void touch(long id, Instant now, Instant staleBefore) {
		this.jdbc.sql("""
				UPDATE api_key SET last_used_at = :now
				WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :stale)
				""")
			.param("now", now.toEpochMilli())
			.param("id", id)
			.param("stale", staleBefore.toEpochMilli())
			.update();
	}

	private static ApiKey row(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("display_prefix"),
				Columns.instant(rs, "created_at"), rs.getString("created_by"), Columns.instant(rs, "last_used_at"),
				Columns.instant(rs, "revoked_at"));
	}

}
