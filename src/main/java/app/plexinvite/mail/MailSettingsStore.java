package app.plexinvite.mail;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.plexinvite.jdbc.Columns;

/** The owner's stored e-mail settings: the one row of {@code mail_settings}. */
@Repository
class MailSettingsStore {

	private final JdbcClient jdbc;

	MailSettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find() {
		return this.jdbc.sql("""
				SELECT smtp_host, smtp_port, smtp_security, smtp_username, smtp_password_sealed, smtp_from,
				       owner_email, owner_language, invitees_enabled, owner_kinds_off
				FROM mail_settings WHERE id = 1""")
			.query((rs, n) -> new Stored(rs.getString("smtp_host"), Columns.nullableInt(rs, "smtp_port"),
					rs.getString("smtp_security"), rs.getString("smtp_username"), rs.getString("smtp_password_sealed"),
					rs.getString("smtp_from"), rs.getString("owner_email"), rs.getString("owner_language"),
					rs.getBoolean("invitees_enabled"), rs.getString("owner_kinds_off")))
			.optional();
	}

	void saveSmtp(Stored smtp, Instant now) {
		ensureRow(now);
		this.jdbc.sql("""
				UPDATE mail_settings SET smtp_host = ?, smtp_port = ?, smtp_security = ?, smtp_username = ?,
				       smtp_password_sealed = ?, smtp_from = ?, owner_email = ?, updated_at = ?
				WHERE id = 1""")
			.params(smtp.host(), smtp.port(), smtp.security(), smtp.username(), smtp.passwordSealed(), smtp.from(),
					smtp.ownerEmail(), now.toEpochMilli())
			.update();
	}

	void saveChoices(String ownerLanguage, boolean inviteesEnabled, String ownerKindsOff, Instant now) {
		ensureRow(now);
		this.jdbc
			.sql("UPDATE mail_settings SET owner_language = ?, invitees_enabled = ?, owner_kinds_off = ?,"
					+ " updated_at = ? WHERE id = 1")
			.params(ownerLanguage, inviteesEnabled, ownerKindsOff, now.toEpochMilli())
			.update();
	}

	private void ensureRow(Instant now) {
		this.jdbc.sql("INSERT INTO mail_settings (id, updated_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
			.param(now.toEpochMilli())
			.update();
	}

	/** The row as stored; the password still sealed. */
	record Stored(@Nullable String host, @Nullable Integer port, @Nullable String security, @Nullable String username,
			@Nullable String passwordSealed, @Nullable String from, @Nullable String ownerEmail,
			@Nullable String ownerLanguage, boolean inviteesEnabled, @Nullable String ownerKindsOff) {

		static final Stored EMPTY = new Stored(null, null, null, null, null, null, null, "en", true, "");

	}

}
