package app.plexinvite.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SettingsResolverTests {

	private static final Log log = LogFactory.getLog(SettingsResolverTests.class);

	@TempDir
	Path folder;

	private Map<String, Object> resolve(Map<String, String> variables) {
		Map<String, String> withDatabase = new HashMap<>(variables);
		withDatabase.putIfAbsent("DATABASE_PATH", this.folder.resolve("invites.db").toString());
		withDatabase.putIfAbsent("ADMIN_PASSWORD_HASH", "$2b$10$abcdefghijklmnopqrstuu5qXy0Q7dWc6n1lR9vWmFh4Rz8b2B6xK");
		return new SettingsResolver(withDatabase::get, false, log).resolve();
	}

	@Test
	void mapsTheSeedAppsVariablesToProperties() {
		Map<String, Object> properties = resolve(Map.of("PLEX_TOKEN", "tok", "PLEX_SERVER_NAME", "Living Room",
				"FLASK_HOST", "127.0.0.1", "FLASK_PORT", "8080", "SECRET_KEY", "s3cret"));
		assertThat(properties).containsEntry("plex.token", "tok")
			.containsEntry("plex.server-name", "Living Room")
			.containsEntry("server.address", "127.0.0.1")
			.containsEntry("server.port", "8080")
			.containsEntry("plexinvite.secret-key", "s3cret");
	}

	@Test
	void givesDemoModeALocalPublicAddressUnlessOneIsSet() {
		Map<String, String> variables = Map.of("PORT", "7000", "DATABASE_PATH",
				this.folder.resolve("demo.db").toString());
		assertThat(new SettingsResolver(variables::get, true, log).resolve()).containsEntry("plexinvite.public-url",
				"http://localhost:7000");
		Map<String, String> withAddress = Map.of("PUBLIC_URL", "https://invite.example.com", "DATABASE_PATH",
				this.folder.resolve("demo.db").toString());
		assertThat(new SettingsResolver(withAddress::get, true, log).resolve()).containsEntry("plexinvite.public-url",
				"https://invite.example.com");
		assertThat(resolve(Map.of())).doesNotContainKey("plexinvite.public-url");
	}

	@Test
	void prefersTheNewNameOverTheFlaskAlias() {
		assertThat(resolve(Map.of("PORT", "7000", "FLASK_PORT", "8080"))).containsEntry("server.port", "7000");
	}

	@Test
	void fillsDefaults() {
		assertThat(resolve(Map.of())).containsEntry("server.port", "5000")
			.containsEntry("plex.tv-url", "https://plex.tv")
			.containsEntry("plex.clients-url", "https://clients.plex.tv")
			.containsEntry("security.admin-username", "admin")
			.doesNotContainKey("plex.token");
	}

	@Test
	void namesTheVariableAndTheProblemForABadValue() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> resolve(Map.of("PLEX_TV_URL", "plex.tv")))
			.withMessage("PLEX_TV_URL must be an http:// or https:// address with a host name (got 'plex.tv')");
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> resolve(Map.of("FLASK_DEBUG", "maybe")))
			.withMessageStartingWith("FLASK_DEBUG must be true or false");
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> resolve(Map.of("DATABASE_URL", "mysql://db")))
			.withMessageStartingWith("DATABASE_URL must be a jdbc:postgresql:// or jdbc:sqlite: URL");
	}

	@Test
	void acceptsOnlyASupportedLanguageForForceLanguage() {
		assertThat(resolve(Map.of("FORCE_LANGUAGE", "pt-BR"))).containsEntry("i18n.force-language", "pt-BR");
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> resolve(Map.of("FORCE_LANGUAGE", "klingon")))
			.withMessage("FORCE_LANGUAGE must be one of en, de, fr, es, pt-BR, nl, it, sv (got 'klingon')");
	}

	@Test
	void checksTheBatchSettingsAtStartUp() {
		assertThat(resolve(Map.of("BATCH_CONCURRENCY", "5", "BATCH_RATE", "10 / Hour")))
			.containsEntry("batch.concurrency", "5")
			.containsEntry("batch.rate", "10 / Hour");
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> resolve(Map.of("BATCH_CONCURRENCY", "60")))
			.withMessageStartingWith("BATCH_CONCURRENCY must be a whole number from 1 to 50");
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> resolve(Map.of("BATCH_RATE", "30/min")))
			.withMessageStartingWith("BATCH_RATE must be a number of rows per second, minute, hour or day");
	}

	@Test
	void startsWithoutAnOwnerPasswordOrPlexTokenSoThatSetUpCanAskForThem() {
		Map<String, String> variables = Map.of("DATABASE_PATH", this.folder.resolve("x.db").toString());
		assertThat(new SettingsResolver(variables::get, false, log).resolve())
			.doesNotContainKeys("security.admin-password-hash", "plex.token")
			.containsKey("spring.datasource.url");
		assertThat(new SettingsResolver(variables::get, true, log).resolve())
			.doesNotContainKey("security.admin-password-hash");
	}

	@Test
	void buildsATunedSqliteUrlFromDatabasePath() {
		Map<String, Object> properties = resolve(Map.of("DATABASE_PATH", this.folder.resolve("sub/x.db").toString()));
		assertThat(properties.get("spring.datasource.url")).isEqualTo("jdbc:sqlite:" + this.folder.resolve("sub/x.db")
				+ "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
		assertThat(this.folder.resolve("sub")).isDirectory();
	}

	@Test
	void letsDatabaseUrlWinOverDatabasePath() {
		assertThat(resolve(Map.of("DATABASE_URL", "jdbc:postgresql://db/invites", "SECRET_KEY", "k")))
			.containsEntry("spring.datasource.url", "jdbc:postgresql://db/invites");
	}

	@Test
	void generatesTheSecretKeyOnceBesideTheDatabase() throws Exception {
		Object first = resolve(Map.of()).get("plexinvite.secret-key");
		Object second = resolve(Map.of()).get("plexinvite.secret-key");
		assertThat(first).isEqualTo(second).asString().hasSizeGreaterThanOrEqualTo(43);
		Path file = this.folder.resolve("secret_key");
		assertThat(Files.readString(file).trim()).isEqualTo(first);
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
	}

	@Test
	void turnsDebugIntoDetailedLogging() {
		assertThat(resolve(Map.of("FLASK_DEBUG", "1"))).containsEntry("plexinvite.debug", "true")
			.containsEntry("logging.level.app.plexinvite", "DEBUG");
		assertThat(resolve(Map.of("DEBUG", "False"))).containsEntry("plexinvite.debug", "false")
			.doesNotContainKey("logging.level.app.plexinvite");
	}

}
