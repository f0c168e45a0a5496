package app.plexinvite.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_entry table (V7): append and read back, never update. */
@Repository
class AuditEntries {

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(AuditEvent event) {
		Actor actor = event.actor();
		this.jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, actor_kind, action, target, search_key, succeeded,
				    reason, client, user_agent)
				VALUES (:at, :actor, :kind, :action, :target, :key, :succeeded, :reason, :client, :agent)""")
			.param("at", event.at().toEpochMilli())
			.param("actor", actor.name())
			.param("kind", actor.job() ? "JOB" : "OWNER")
			.param("action", event.action().name())
			.param("target", event.target())
			.param("key", searchKey(event.target() + " " + nonNull(event.outcome().reason())))
			.param("succeeded", event.outcome().succeeded())
			.param("reason", event.outcome().reason())
			.param("client", actor.client())
			.param("agent", actor.userAgent())
			.update();
	}

	/**
	 * One page, newest first, and one more row to tell whether another page follows. Only
	 * the filters given are in the query: with none, the rows are walked by id and the
	 * page costs its rows, not a sort of every entry (the log grows with every share).
	 */
	List<AuditEntry> find(AuditQuery query) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		StringBuilder where = new StringBuilder("id < :before");
		params.addValue("before", (query.before() != null) ? query.before() : Long.MAX_VALUE);
		if (query.action() != null) {
			where.append(" AND action = :action");
			params.addValue("action", query.action().name());
		}
		if (query.actor() != null) {
			where.append(" AND actor = :actor");
			params.addValue("actor", query.actor());
		}
		if (query.search() != null) {
			where.append(" AND search_key LIKE :pattern ESCAPE '\\'");
			params.addValue("pattern", containing(query.search()));
		}
		if (query.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.addValue("from", startOf(query.from()));
		}
		if (query.to() != null) {
			where.append(" AND occurred_at < :to");
			params.addValue("to", startOf(query.to().plusDays(1)));
		}
		params.addValue("limit", query.limit() + 1);
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE " + where + " ORDER BY id DESC LIMIT :limit")
			.paramSource(params)
			.query(AuditEntries::entry)
			.list();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		Actor actor = new Actor(rs.getString("actor"), "JOB".equals(rs.getString("actor_kind")), rs.getString("client"),
				rs.getString("user_agent"));
		AuditOutcome outcome = new AuditOutcome(rs.getBoolean("succeeded"), rs.getString("reason"));
		AuditEvent event = new AuditEvent(Instant.ofEpochMilli(rs.getLong("occurred_at")), actor,
				AuditAction.valueOf(rs.getString("action")), rs.getString("target"), outcome);
		return new AuditEntry(rs.getLong("id"), event);
	}

	private static long startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	private static String searchKey(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** A LIKE pattern that finds a text anywhere, its own wildcards escaped with '\'. */
	private static String containing(String search) {
		if (search == null) {
			return "%";
		}
		String escaped = searchKey(search).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
