package app.plexinvite.plex;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OwnerCredentialsTest {

	@TempDir
	Path folder;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private StoredPlexCredentials stored;

	private JdbcClient jdbc;

	@BeforeEach
	void migrate() {
		var dataSource = TestSqlite.dataSource(this.folder.resolve("invites.db"));
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/sqlite").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		this.stored = new StoredPlexCredentials(this.jdbc);
	}

	private OwnerCredentials credentials(String envToken, String envServer, String secretKey) {
		URI plex = URI.create("http://127.0.0.1:9");
		PlexProperties properties = new PlexProperties(envToken, envServer, null, plex, plex, plex,
				Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1);
		return new OwnerCredentials(properties, this.stored, new TokenCipher(secretKey), this.clock);
	}

	@Test
	void usesWhatSetUpStoredWhenTheEnvironmentGivesNothing() {
		credentials(null, null, "key").store(new PlexToken("stored-token"), "Living Room");

		OwnerCredentials credentials = credentials(null, null, "key");
		assertThat(credentials.token()).isEqualTo(new PlexToken("stored-token"));
		assertThat(credentials.serverName()).isEqualTo("Living Room");
		assertThat(credentials.status().connected()).isTrue();
		assertThat(this.jdbc.sql("SELECT token_ciphertext FROM plex_credentials").query(String.class).single())
			.doesNotContain("stored-token");
	}

	@Test
	void theEnvironmentWins() {
		credentials(null, null, "key").store(new PlexToken("stored-token"), "Living Room");

		OwnerCredentials credentials = credentials("env-token", "Basement", "key");
		assertThat(credentials.token()).isEqualTo(new PlexToken("env-token"));
		assertThat(credentials.serverName()).isEqualTo("Basement");
		assertThat(credentials.status().tokenInEnvironment()).isTrue();
		assertThat(credentials.status().serverInEnvironment()).isTrue();
	}

	@Test
	void asksToConnectPlexAgainWhenSecretKeyChanged() {
		credentials(null, null, "old key").store(new PlexToken("stored-token"), "Living Room");

		OwnerCredentials credentials = credentials(null, null, "new key");
		assertThatExceptionOfType(PlexException.class).isThrownBy(credentials::token).satisfies((ex) -> {
			assertThat(ex.reason()).isEqualTo(PlexException.Reason.NOT_CONFIGURED);
			assertThat(ex.messageKey()).isEqualTo("plex.error.token-unreadable");
			assertThat(ex.getMessage()).contains("SECRET_KEY").contains("connect Plex again");
		});
		assertThat(credentials.status().tokenAvailable()).isFalse();
		assertThat(credentials.status().connected()).isFalse();
	}

	@Test
	void isNotConfiguredWithNothingAnywhere() {
		assertThatExceptionOfType(PlexException.class).isThrownBy(credentials(null, null, "key")::token)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("plex.error.not-configured"));
	}

}
