package app.plexinvite.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The onboarding tables (V6): the owner's steps in order and the one settings row. */
@Repository
class OnboardingStore {

	private final JdbcClient jdbc;

	OnboardingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredStep> steps() {
		return this.jdbc.sql("SELECT title, body FROM onboarding_step ORDER BY position, id")
			.query((rs, row) -> new StoredStep(rs.getString("title"), rs.getString("body")))
			.list();
	}

	/** Replaces every step with these, in this order. */
	void replaceSteps(List<StoredStep> steps, Instant now) {
		this.jdbc.sql("DELETE FROM onboarding_step").update();
		for (int position = 0; position < steps.size(); position++) {
			StoredStep step = steps.get(position);
			this.jdbc.sql("INSERT INTO onboarding_step (position, title, body, updated_at) VALUES (?, ?, ?, ?)")
				.params(position, step.title(), step.body(), now.toEpochMilli())
				.update();
		}
	}

	Optional<Settings> settings() {
		return this.jdbc.sql("SELECT steps_customized, rules_enabled, rules_text FROM onboarding_setting WHERE id = 1")
			.query((rs, row) -> new Settings(rs.getBoolean("steps_customized"), rs.getBoolean("rules_enabled"),
					rs.getString("rules_text")))
			.optional();
	}

	void saveSettings(Settings settings, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE onboarding_setting SET steps_customized = ?, rules_enabled = ?, rules_text = ?, "
					+ "updated_at = ? WHERE id = 1")
			.params(settings.stepsCustomized(), settings.rulesEnabled(), settings.rulesText(), now.toEpochMilli())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO onboarding_setting (id, steps_customized, rules_enabled, rules_text, updated_at) "
						+ "VALUES (1, ?, ?, ?, ?)")
				.params(settings.stepsCustomized(), settings.rulesEnabled(), settings.rulesText(), now.toEpochMilli())
				.update();
		}
	}

	record StoredStep(String title, String body) {
	}

	/**
	 * The settings row.
	 *
	 * @param stepsCustomized the owner edited the steps (else the built-in ones show)
	 * @param rulesEnabled invitees accept the rules before signing in
	 * @param rulesText the owner's rules, or null for the built-in ones
	 */
	record Settings(boolean stepsCustomized, boolean rulesEnabled, String rulesText) {

		static final Settings DEFAULTS = new Settings(false, false, null);

	}

}
