package app.plexinvite.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The settings of running behind a reverse proxy and in containers: BASE_PATH with
 * PUBLIC_URL, X_FILE for every setting X, LOG_FORMAT.
 */
class DeploymentSettingsTests {

	private static final Log log = LogFactory.getLog(DeploymentSettingsTests.class);

	@TempDir
	Path folder;

	private Map<String, Object> resolve(Map<String, String> variables) {
		Map<String, String> withDatabase = new HashMap<>(variables);
		withDatabase.putIfAbsent("DATABASE_PATH", this.folder.resolve("invites.db").toString());
		withDatabase.putIfAbsent("SECRET_KEY", "k");
		return new SettingsResolver(withDatabase::get, false, log).resolve();
	}

	private InvalidSettingException failure(Map<String, String> variables) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidSettingException.class,
				() -> resolve(variables));
	}

	@Test
	void servesAtTheRootByDefault() {
		assertThat(resolve(Map.of("PUBLIC_URL", "https://invite.example.com/")))
			.containsEntry("plexinvite.base-path", "")
			.containsEntry("plexinvite.public-url", "https://invite.example.com");
		assertThat(resolve(Map.of())).containsEntry("plexinvite.base-path", "")
			.doesNotContainKey("plexinvite.public-url");
	}

	@Test
	void addsTheBasePathToAPublicUrlWithoutOne() {
		assertThat(resolve(Map.of("BASE_PATH", "/invite", "PUBLIC_URL", "https://example.com")))
			.containsEntry("plexinvite.base-path", "/invite")
			.containsEntry("plexinvite.public-url", "https://example.com/invite");
		assertThat(resolve(Map.of("BASE_PATH", "/plex/invite"))).containsEntry("plexinvite.base-path", "/plex/invite")
			.doesNotContainKey("plexinvite.public-url");
	}

	@Test
	void keepsEveryCookieUnderTheBasePath() {
		assertThat(resolve(Map.of("BASE_PATH", "/invite"))).containsEntry("server.servlet.session.cookie.path",
				"/invite");
		assertThat(resolve(Map.of())).containsEntry("server.servlet.session.cookie.path", "/");
	}

	@Test
	void takesTheBasePathGivenAsASpringPropertyToo() {
		Map<String, String> variables = Map.of("DATABASE_PATH", this.folder.resolve("demo.db").toString(), "SECRET_KEY",
				"k");
		Map<String, String> elsewhere = Map.of("plexinvite.base-path", "/invite");
		assertThat(new SettingsResolver(variables::get, true, log, elsewhere::get).resolve())
			.containsEntry("plexinvite.public-url", "http://localhost:5000/invite")
			.containsEntry("server.servlet.session.cookie.path", "/invite");
	}

	@Test
	void takesTheBasePathFromPublicUrlsPathWhenBasePathIsEmpty() {
		assertThat(resolve(Map.of("PUBLIC_URL", "https://example.com:8443/invite/")))
			.containsEntry("plexinvite.base-path", "/invite")
			.containsEntry("plexinvite.public-url", "https://example.com:8443/invite");
		assertThat(resolve(Map.of("PUBLIC_URL", "https://example.com/invite", "BASE_PATH", "/invite")))
			.containsEntry("plexinvite.public-url", "https://example.com/invite");
	}

	@Test
	void refusesABasePathThatDiffersFromPublicUrlsPath() {
		assertThat(failure(Map.of("PUBLIC_URL", "https://example.com/join", "BASE_PATH", "/invite")))
			.hasMessage("BASE_PATH is /invite but PUBLIC_URL's path is /join: leave one of them empty or make"
					+ " them the same");
		assertThat(failure(Map.of("PUBLIC_URL", "https://example.com/a%20b"))).hasMessageStartingWith(
				"PUBLIC_URL has the path '/a%20b', which as the base path may only hold letters, digits");
	}

	@ParameterizedTest
	@ValueSource(strings = { "invite", "/invite/", "/", "//invite", "/in vite", "/a/../b", "/a/./b", "/in%2Fvite",
			"/invite?x=1", "/invite#top", "/in;vite" })
	void refusesABasePathThatIsNotOneCleanPath(String path) {
		assertThat(failure(Map.of("BASE_PATH", path))).extracting(InvalidSettingException::variable)
			.isEqualTo("BASE_PATH");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/invite", "/plex-invite", "/a/b_c/d.e~f", "/Invite2" })
	void acceptsAPathOfSafeSegments(String path) {
		assertThat(resolve(Map.of("BASE_PATH", path))).containsEntry("plexinvite.base-path", path);
	}

	@Test
	void readsASettingFromTheFileItsFileVariableNames() throws Exception {
		Path token = Files.writeString(this.folder.resolve("plex_token"), "file-token\n");
		Path password = Files.writeString(this.folder.resolve("db_password"), " spaced pass\r\n");
		Map<String, Object> properties = resolve(Map.of("PLEX_TOKEN_FILE", token.toString(), "DATABASE_PASSWORD_FILE",
				password.toString(), "PORT_FILE", Files.writeString(this.folder.resolve("port"), "8080").toString()));
		assertThat(properties).containsEntry("plex.token", "file-token")
			.containsEntry("spring.datasource.password", "spaced pass")
			.containsEntry("server.port", "8080");
	}

	@Test
	void checksAValueFromAFileLikeAnyOther() throws Exception {
		Path port = Files.writeString(this.folder.resolve("port"), "eighty\n");
		assertThat(failure(Map.of("PORT_FILE", port.toString())))
			.hasMessageStartingWith("PORT_FILE must be a whole number from 1 to 65535 (got 'eighty')");
	}

	@Test
	void refusesAVariableAndItsFileTogether() throws Exception {
		Path token = Files.writeString(this.folder.resolve("plex_token"), "file-token\n");
		assertThat(failure(Map.of("PLEX_TOKEN", "tok", "PLEX_TOKEN_FILE", token.toString())))
			.hasMessageStartingWith("PLEX_TOKEN_FILE is set as well as PLEX_TOKEN: keep one of them");
		assertThat(resolve(Map.of("PLEX_TOKEN", " ", "PLEX_TOKEN_FILE", token.toString())))
			.as("an empty variable, as in .env.example, counts as not set")
			.containsEntry("plex.token", "file-token");
	}

	@Test
	void namesTheFileVariableWhenItsFileCannotBeRead() {
		Path missing = this.folder.resolve("no-such-secret");
		assertThat(failure(Map.of("SECRET_KEY_FILE", missing.toString(), "SECRET_KEY", "")))
			.hasMessage("SECRET_KEY_FILE names a file that cannot be read: " + missing + " (NoSuchFileException)");
		assertThat(failure(Map.of("SMTP_PASSWORD_FILE", this.folder.toString())).variable())
			.isEqualTo("SMTP_PASSWORD_FILE");
	}

	@Test
	void writesJsonLogsWhenAsked() {
		assertThat(resolve(Map.of("LOG_FORMAT", "json"))).containsEntry("logging.structured.format.console", "ecs");
		assertThat(resolve(Map.of("LOG_FORMAT", "JSON"))).containsEntry("logging.structured.format.console", "ecs");
		assertThat(resolve(Map.of())).containsEntry("plexinvite.log-format", "plain")
			.doesNotContainKey("logging.structured.format.console");
		assertThat(failure(Map.of("LOG_FORMAT", "xml"))).hasMessage("LOG_FORMAT must be plain or json (got 'xml')");
	}

}
