package app.plexinvite.onboarding;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.onboarding.OnboardingStore.Settings;
import app.plexinvite.onboarding.OnboardingStore.StoredStep;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** The onboarding tables (V6) on both databases. */
class OnboardingStoreTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@TempDir
	Path folder;

	private OnboardingStore store(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("o.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return new OnboardingStore(JdbcClient.create(dataSource));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void keepsStepsInTheGivenOrderAndReplacesThemWhole(String vendor) {
		OnboardingStore store = store(vendor);

		store.replaceSteps(List.of(new StoredStep("B", "b"), new StoredStep("A", "a")), NOW);
		List<StoredStep> first = store.steps();
		store.replaceSteps(List.of(new StoredStep("C", "")), NOW);

		assertThat(first).extracting(StoredStep::title).containsExactly("B", "A");
		assertThat(store.steps()).containsExactly(new StoredStep("C", ""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void hasNoSettingsUntilSavedThenKeepsOneRow(String vendor) {
		OnboardingStore store = store(vendor);
		boolean emptyAtFirst = store.settings().isEmpty();

		store.saveSettings(new Settings(true, true, "rules"), NOW);
		store.saveSettings(new Settings(true, false, null), NOW);

		assertThat(emptyAtFirst).isTrue();
		assertThat(store.settings()).contains(new Settings(true, false, null));
	}

}
