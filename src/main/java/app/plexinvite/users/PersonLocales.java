package app.plexinvite.users;

import java.util.Locale;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.plexinvite.invite.InviteeLanguage;

/**
 * A person's language for notifications, kept in its own column (not part of
 * {@link Person}: no change to a person depends on it).
 */
@Component
class PersonLocales {

	private final JdbcClient jdbc;

	PersonLocales(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Their language, or null when not known. Read after a change was stored, so it never
	 * fails the caller: null when it cannot be read.
	 */
	Locale of(long personId) {
		try {
			return this.jdbc.sql("SELECT locale FROM person WHERE id = :id")
				.param("id", personId)
				.query((rs, row) -> InviteeLanguage.parse(rs.getString("locale")))
				.optional()
				.orElse(null);
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	/** Keeps their language; a missing or unusable one keeps the one stored. */
	void record(long personId, Locale locale) {
		String tag = InviteeLanguage.tag(locale);
		if (tag != null) {
			this.jdbc.sql("UPDATE person SET locale = :locale WHERE id = :id")
				.param("locale", tag)
				.param("id", personId)
				.update();
		}
	}

}
