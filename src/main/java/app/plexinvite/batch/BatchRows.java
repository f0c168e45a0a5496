package app.plexinvite.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static app.plexinvite.jdbc.Columns.instant;
import static app.plexinvite.jdbc.Columns.nullableLong;

/** The batch_row table: one readable statement per method. */
@Repository
class BatchRows {

	private static final String COLUMNS = "id, batch_id, row_number, identifier, name, profile_text, profile_id, "
			+ "expiry_text, message, check_result, state, request_id, detail, handed_at, settled_at";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	BatchRows(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Stores checked rows of a new batch in JDBC batches (10,000 rows in one go). */
	void insertAll(long batchId, List<BatchRow> rows) {
		MapSqlParameterSource[] params = rows.stream()
			.map((row) -> new MapSqlParameterSource().addValue("batch", batchId)
				.addValue("number", row.number())
				.addValue("identifier", row.identifier())
				.addValue("name", row.name())
				.addValue("profileText", row.profileText())
				.addValue("profileId", row.profileId())
				.addValue("expiry", row.expiryText())
				.addValue("message", row.message())
				.addValue("check", row.check().name())
				.addValue("state", row.state().name()))
			.toArray(MapSqlParameterSource[]::new);
		this.batches.batchUpdate(
				"""
						INSERT INTO batch_row (batch_id, row_number, identifier, name, profile_text, profile_id, expiry_text,
						    message, check_result, state)
						VALUES (:batch, :number, :identifier, :name, :profileText, :profileId, :expiry, :message, :check, :state)
						""",
				params);
	}

	BatchCounts counts(long batchId) {
		Map<RowState, Long> states = new EnumMap<>(RowState.class);
		Map<RowCheck, Long> checks = new EnumMap<>(RowCheck.class);
		this.jdbc.sql("""
				SELECT state, check_result, COUNT(*) AS n FROM batch_row WHERE batch_id = :batch
				GROUP BY state, check_result""").param("batch", batchId).query((rs) -> {
			long n = rs.getLong("n");
			states.merge(RowState.valueOf(rs.getString("state")), n, Long::sum);
			checks.merge(RowCheck.valueOf(rs.getString("check_result")), n, Long::sum);
		});
		return new BatchCounts(states, checks);
	}

	/** One page of rows: problems first when asked, then in file order. */
	List<BatchRow> page(long batchId, boolean problemsFirst, int offset, int limit) {
		String order = problemsFirst ? "CASE WHEN check_result = 'OK' THEN 1 ELSE 0 END, row_number" : "row_number";
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM batch_row WHERE batch_id = :batch ORDER BY " + order
					+ " LIMIT :limit OFFSET :offset")
			.param("batch", batchId)
			.param("limit", limit)
			.param("offset", offset)
			.query(BatchRows::map)
			.list();
	}

	List<BatchRow> all(long batchId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM batch_row WHERE batch_id = :batch ORDER BY row_number")
			.param("batch", batchId)
			.query(BatchRows::map)
			.list();
	}

	/** Rows of any batch whose request is in the pipeline (the cap keeps them few). */
	List<BatchRow> findHanded() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM batch_row WHERE state = 'HANDED' ORDER BY id")
			.query(BatchRows::map)
			.list();
	}

	/** The next rows of a batch to hand over, in file order. */
	List<BatchRow> findPending(long batchId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM batch_row WHERE batch_id = :batch AND state = 'PENDING' "
					+ "ORDER BY row_number LIMIT :limit")
			.param("batch", batchId)
			.param("limit", limit)
			.query(BatchRows::map)
			.list();
	}

	/** Rows handed over at or after {@code since}, in every batch (the rate limit). */
	int countHandedSince(Instant since) {
		return this.jdbc.sql("SELECT COUNT(*) FROM batch_row WHERE handed_at >= :since")
			.param("since", since.toEpochMilli())
			.query(Integer.class)
			.single();
	}

	int countInState(RowState state) {
		return this.jdbc.sql("SELECT COUNT(*) FROM batch_row WHERE state = :state")
			.param("state", state.name())
			.query(Integer.class)
			.single();
	}

	/** Rows of the batch still PENDING or HANDED. */
	int countOpen(long batchId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM batch_row WHERE batch_id = :batch AND state IN ('PENDING', 'HANDED')")
			.param("batch", batchId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Claims a PENDING row that has no request for this hand-over: only one claim of a
	 * row ever succeeds.
	 */
	boolean claim(long rowId, Instant now) {
		return this.jdbc.sql("""
				UPDATE batch_row SET state = 'HANDED', handed_at = :now
				WHERE id = :id AND state = 'PENDING' AND request_id IS NULL""")
			.param("now", now.toEpochMilli())
			.param("id", rowId)
			.update() == 1;
	}

	/** The claimed row's request (same transaction as the request's insert). */
	void recordRequest(long rowId, long requestId) {
		this.jdbc.sql("UPDATE batch_row SET request_id = :request WHERE id = :id AND state = 'HANDED'")
			.param("request", requestId)
			.param("id", rowId)
			.update();
	}

	/** A HANDED row's outcome; false when it was settled already. */
	boolean settle(long rowId, RowState outcome, String detail, Instant now) {
		return this.jdbc.sql("""
				UPDATE batch_row SET state = :state, detail = :detail, settled_at = :now
				WHERE id = :id AND state = 'HANDED'""")
			.param("state", outcome.name())
			.param("detail", detail)
			.param("now", now.toEpochMilli())
			.param("id", rowId)
			.update() == 1;
	}

	/** Rows not handed over become CANCELLED. */
	int cancelPending(long batchId, Instant now) {
		return this.jdbc.sql("""
				UPDATE batch_row SET state = 'CANCELLED', settled_at = :now
				WHERE batch_id = :batch AND state = 'PENDING'""")
			.param("now", now.toEpochMilli())
			.param("batch", batchId)
			.update();
	}

	void deleteOf(long batchId) {
		this.jdbc.sql("DELETE FROM batch_row WHERE batch_id = :batch").param("batch", batchId).update();
	}

	private static BatchRow map(ResultSet rs, int row) throws SQLException {
		return new BatchRow(rs.getLong("id"), rs.getLong("batch_id"), rs.getLong("row_number"),
				rs.getString("identifier"), rs.getString("name"), rs.getString("profile_text"),
				nullableLong(rs, "profile_id"), rs.getString("expiry_text"), rs.getString("message"),
				RowCheck.valueOf(rs.getString("check_result")), RowState.valueOf(rs.getString("state")),
				nullableLong(rs, "request_id"), rs.getString("detail"), instant(rs, "handed_at"),
				instant(rs, "settled_at"));
	}

}
