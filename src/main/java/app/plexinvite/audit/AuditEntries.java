package app.plexinvite.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

	/** One page, newest first, and one more row to tell whether another page follows. */
	List<AuditEntry> find(AuditQuery query) {
		List<String> actions = (query.action() != null) ? List.of(query.action().name())
				: Arrays.stream(AuditAction.values()).map(Enum::name).toList();
		return this.jdbc.sql("""
				SELECT * FROM audit_entry
				WHERE id < :before AND action IN (:actions) AND (:actor = '' OR actor = :actor)
				  AND search_key LIKE :pattern ESCAPE '\\' AND occurred_at >= :from AND occurred_at < :to
				ORDER BY id DESC LIMIT :limit""")
			.param("before", (query.before() != null) ? query.before() : Long.MAX_VALUE)
			.param("actions", actions)
			.param("actor", nonNull(query.actor()))
			.param("pattern", containing(query.search()))
			.param("from", (query.from() != null) ? startOf(query.from()) : Long.MIN_VALUE)
			.param("to", (query.to() != null) ? startOf(query.to().plusDays(1)) : Long.MAX_VALUE)
			.param("limit", query.limit() + 1)
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
