package app.plexinvite.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.instant;

/** The batch table: one readable statement per method. */
@Repository
class Batches {

	private static final String COLUMNS = "id, state, file_name, created_by, created_at, started_at, ended_at";

	private final JdbcClient jdbc;

	Batches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String fileName, String createdBy, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO batch (state, file_name, created_by, created_at)
				VALUES ('DRAFT', :file, :by, :now) RETURNING id""")
			.param("file", fileName)
			.param("by", createdBy)
			.param("now", now.toEpochMilli())
			.query(Long.class)
			.single();
	}

	Optional<Batch> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM batch WHERE id = :id")
			.param("id", id)
			.query(Batches::map)
			.optional();
	}

	/** Newest first. */
	List<Batch> findRecent(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM batch ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(Batches::map)
			.list();
	}

	/** Oldest first: the feeder serves them in the order they were confirmed. */
	List<Batch> findRunning() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM batch WHERE state = 'RUNNING' ORDER BY started_at, id")
			.query(Batches::map)
			.list();
	}

	/** DRAFT becomes RUNNING; false when it is not a draft (any more). */
	boolean start(long id, Instant now) {
		return this.jdbc.sql("UPDATE batch SET state = 'RUNNING', started_at = :now WHERE id = :id AND state = 'DRAFT'")
			.param("now", now.toEpochMilli())
			.param("id", id)
			.update() == 1;
	}

	/** RUNNING becomes FINISHED or CANCELLED; false when it was not running. */
	boolean end(long id, BatchState outcome, Instant now) {
		return this.jdbc.sql("UPDATE batch SET state = :state, ended_at = :now WHERE id = :id AND state = 'RUNNING'")
			.param("state", outcome.name())
			.param("now", now.toEpochMilli())
			.param("id", id)
			.update() == 1;
	}

	/** Deletes a draft with its rows; false when it is not a draft. */
	boolean deleteDraft(long id) {
		return this.jdbc.sql("DELETE FROM batch WHERE id = :id AND state = 'DRAFT'").param("id", id).update() == 1;
	}

	private static Batch map(ResultSet rs, int row) throws SQLException {
		return new Batch(rs.getLong("id"), BatchState.valueOf(rs.getString("state")), rs.getString("file_name"),
				rs.getString("created_by"), Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs, "started_at"),
				instant(rs, "ended_at"));
	}

}
