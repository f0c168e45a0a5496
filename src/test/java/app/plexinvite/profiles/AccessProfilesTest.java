package app.plexinvite.profiles;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Access profiles on SQLite and PostgreSQL, each migrated fresh by Flyway: the V4
 * migration of the former share settings, storing, the default, deleting.
 */
class AccessProfilesTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static final AccessProfile.Library MOVIES = new AccessProfile.Library(35723967L, "Movies");

	private static final AccessProfile.Library KIDS = new AccessProfile.Library(35723968L, "Kids");

	@TempDir
	Path folder;

	private final List<Object> events = new ArrayList<>();

	private DataSource dataSource(String vendor) {
		return vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("profiles.db"))
				: TestPostgres.freshDatabase();
	}

	private static void migrate(DataSource dataSource, String vendor, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/" + vendor)
			.target(target)
			.load()
			.migrate();
	}

	private AccessProfiles profiles(DataSource dataSource) {
		return new AccessProfiles(new StoredProfiles(JdbcClient.create(dataSource)),
				new StaticListableBeanFactory().getBeanProvider(ProfileHolderSource.class), null,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), this.events::add,
				new StaticListableBeanFactory(java.util.Map.of("clock", Clock.fixed(NOW, ZoneOffset.UTC)))
					.getBeanProvider(Clock.class));
	}

	private AccessProfiles migrated(String vendor) {
		DataSource dataSource = dataSource(vendor);
		migrate(dataSource, vendor, "latest");
		return profiles(dataSource);
	}

	private static ProfileDraft draft(String name, AccessProfile.Library... libraries) {
		return new ProfileDraft(name, false, List.of(libraries), false, false, false, null, null, null, null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void turnsTheFormerShareSettingsIntoTheDefaultProfile(String vendor) {
		DataSource dataSource = dataSource(vendor);
		migrate(dataSource, vendor, "3");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("INSERT INTO invite_setting (name, value) VALUES ('share_allow_sync', 'true'), "
				+ "('share_all_libraries', 'false'), ('share_allow_channels', 'false'), ('invite_code', 'x')")
			.update();
		jdbc.sql("INSERT INTO shared_library (plex_tv_id, title) VALUES (35723967, 'Movies'), (35723968, 'Kids')")
			.update();
		jdbc.sql(
				"INSERT INTO invite_request (status_token, identifier, identifier_key, status, created_at, updated_at) "
						+ "VALUES ('t1', 'alice', 'alice', 'SENT', 1, 1), ('t2', 'bob', 'bob', 'QUEUED', 1, 1)")
			.update();

		migrate(dataSource, vendor, "4");

		AccessProfile standard = profiles(dataSource).defaultProfile();
		assertThat(standard.allLibraries()).isFalse();
		assertThat(standard.libraries()).containsExactly(KIDS, MOVIES);
		assertThat(standard.allowSync()).isTrue();
		assertThat(standard.allowChannels()).isFalse();
		assertThat(standard.allowCameraUpload()).isFalse();
		assertThat(standard.accessDays()).isNull();
		assertThat(jdbc.sql("SELECT name FROM invite_setting").query(String.class).list())
			.containsExactly("invite_code");
		assertThat(jdbc.sql("SELECT identifier, profile_id FROM invite_request ORDER BY identifier")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getObject(2))
			.list()).containsExactly("alice=" + standard.id(), "bob=null");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void aFreshInstallHasAnUnconfiguredDefaultProfile(String vendor) {
		AccessProfile standard = migrated(vendor).defaultProfile();

		assertThat(standard.isDefault()).isTrue();
		assertThat(standard.configured()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void storesLibrariesFlagsFiltersAndDurationAndReadsThemBack(String vendor) {
		AccessProfiles profiles = migrated(vendor);
		ContentFilter movies = new ContentFilter(List.of("kids"), List.of("horror", "gore"), List.of("G", "PG"),
				List.of());
		ContentFilter music = new ContentFilter(List.of(), List.of(), List.of(), List.of("Explicit"));

		AccessProfile created = profiles.create(
				new ProfileDraft(" Family ", false, List.of(MOVIES, KIDS), true, true, false, movies, null, music, 30));

		assertThat(profiles.find(created.id())).contains(created);
		assertThat(created.name()).isEqualTo("Family");
		assertThat(created.libraries()).containsExactly(KIDS, MOVIES);
		assertThat(created.movies()).isEqualTo(movies);
		assertThat(created.television().isEmpty()).isTrue();
		assertThat(created.music()).isEqualTo(music);
		assertThat(created.shareSettings().filterMovies())
			.isEqualTo("contentRating=G%2CPG|label=kids|label!=horror%2Cgore");
		assertThat(created.accessDays()).isEqualTo(30);
		assertThat(created.isDefault()).isFalse();
		assertThat(this.events).containsExactly(new ProfileSaved(created.id(), true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void listsTheDefaultFirstThenByNameButNeverALinksHiddenProfile(String vendor) {
		AccessProfiles profiles = migrated(vendor);
		AccessProfile zoo = profiles.create(draft("zoo", MOVIES));
		AccessProfile adults = profiles.create(draft("Adults", MOVIES));
		AccessProfile hidden = profiles.createHidden(draft("Adults", KIDS));

		assertThat(profiles.all()).extracting(AccessProfile::id)
			.containsExactly(profiles.defaultProfile().id(), adults.id(), zoo.id());
		assertThat(profiles.find(hidden.id())).get().extracting(AccessProfile::hidden).isEqualTo(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void refusesATakenNameWhateverTheCaseButLetsAProfileKeepItsOwn(String vendor) {
		AccessProfiles profiles = migrated(vendor);
		AccessProfile family = profiles.create(draft("Family", MOVIES));

		assertThatExceptionOfType(ProfileRefused.class).isThrownBy(() -> profiles.create(draft("FAMILY", KIDS)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("name"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("profiles.name.taken"));
		assertThat(profiles.update(family.id(), draft("family", KIDS)).libraries()).containsExactly(KIDS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void refusesADraftWithoutNameOrLibrariesOrWithAnImpossibleDuration(String vendor) {
		AccessProfiles profiles = migrated(vendor);

		assertRefused(() -> profiles.create(draft("  ", MOVIES)), "name", "profiles.name.required");
		assertRefused(() -> profiles.create(draft("x".repeat(101), MOVIES)), "name", "profiles.name.tooLong");
		assertRefused(() -> profiles.create(draft("Nothing")), "libraries", "profiles.libraries.required");
		assertRefused(
				() -> profiles
					.create(new ProfileDraft("Long", true, List.of(), false, false, false, null, null, null, 3651)),
				"accessDays", "profiles.accessDays.range");
		assertThat(profiles.all()).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void makesAnotherProfileTheDefaultLeavingExactlyOne(String vendor) {
		AccessProfiles profiles = migrated(vendor);
		AccessProfile first = profiles.defaultProfile();
		AccessProfile family = profiles.create(draft("Family", MOVIES));

		profiles.makeDefault(family.id());

		assertThat(profiles.defaultProfile().id()).isEqualTo(family.id());
		assertThat(profiles.find(first.id()).orElseThrow().isDefault()).isFalse();
		AccessProfile hidden = profiles.createHidden(draft("link", KIDS));
		assertRefused(() -> profiles.makeDefault(hidden.id()), null, "profiles.default.hidden");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void refusesToDeleteTheDefaultOrAProfileARequestUsesAndDeletesAnUnusedOne(String vendor) {
		DataSource dataSource = dataSource(vendor);
		migrate(dataSource, vendor, "latest");
		AccessProfiles profiles = profiles(dataSource);
		AccessProfile used = profiles.create(draft("Used", MOVIES));
		AccessProfile unused = profiles.create(draft("Unused", MOVIES, KIDS));
		JdbcClient.create(dataSource)
			.sql("INSERT INTO invite_request (status_token, identifier, identifier_key, status, created_at, "
					+ "updated_at, profile_id) VALUES ('t', 'alice', 'alice', 'QUEUED', 1, 1, :profile)")
			.param("profile", used.id())
			.update();

		assertRefused(() -> profiles.delete(profiles.defaultProfile().id()), null, "profiles.delete.default");
		assertRefused(() -> profiles.delete(used.id()), null, "profiles.delete.inUse");
		profiles.delete(unused.id());

		assertThat(profiles.find(unused.id())).isEmpty();
		assertThat(profiles.find(used.id())).isPresent();
		assertThat(JdbcClient.create(dataSource)
			.sql("SELECT COUNT(*) FROM access_profile_library WHERE profile_id = :id")
			.param("id", unused.id())
			.query(Long.class)
			.single()).isZero();
	}

	private static void assertRefused(Runnable action, String field, String messageKey) {
		assertThatExceptionOfType(ProfileRefused.class).isThrownBy(action::run).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(messageKey);
		});
	}

}
