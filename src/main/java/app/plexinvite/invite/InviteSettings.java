package app.plexinvite.invite;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The owner's stored settings (invite_setting); what is shared lives in access profiles.
 */
@Repository
class InviteSettings {

	static final String APPROVAL_REQUIRED = "approval_required";

	static final String INVITE_CODE = "invite_code";

	private final JdbcClient jdbc;

	InviteSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> find(String name) {
		return this.jdbc.sql("SELECT value FROM invite_setting WHERE name = :name")
			.param("name", name)
			.query(String.class)
			.optional();
	}

	void save(String name, String value) {
		this.jdbc.sql("""
				INSERT INTO invite_setting (name, value) VALUES (:name, :value)
				ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
			.param("name", name)
			.param("value", value)
			.update();
	}

}
