package app.plexinvite.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys (V13) on both databases: made, found by hash, touched, revoked. */
class ApiKeysStoreTest {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@TempDir
	Path folder;

	private final MutableClock clock = new MutableClock(NOW);

	private ApiKeys keys(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("k.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		var factory = new StaticListableBeanFactory();
		factory.addBean("clock", this.clock);
		return new ApiKeys(new StoredApiKeys(JdbcClient.create(dataSource)), factory.getBeanProvider(Clock.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void findsAKeyByItsHashAndRecordsItsUseAtMostOnceAMinute(String vendor) {
		ApiKeys keys = keys(vendor);
		ApiKeys.NewKey created = keys.create("  Sonarr ", "owner");

		assertThat(created.key().name()).isEqualTo("Sonarr");
		assertThat(created.key().createdAt()).isEqualTo(NOW);
		assertThat(created.secret()).matches("pik_[0-9A-Za-z]{43}");
		assertThat(created.key().displayPrefix()).isEqualTo(created.secret().substring(0, 10));
		assertThat(created.toString()).doesNotContain(created.secret());

		assertThat(keys.authenticate(created.secret()))
			.hasValueSatisfying((key) -> assertThat(key.id()).isEqualTo(created.key().id()));
		assertThat(keys.find(created.key().id()).orElseThrow().lastUsedAt()).isEqualTo(NOW);
		this.clock.advance(Duration.ofSeconds(30));
		keys.authenticate(created.secret());
		assertThat(keys.find(created.key().id()).orElseThrow().lastUsedAt()).isEqualTo(NOW);
		this.clock.advance(Duration.ofSeconds(31));
		keys.authenticate(created.secret());
		assertThat(keys.find(created.key().id()).orElseThrow().lastUsedAt()).isEqualTo(this.clock.instant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void refusesRevokedAndUnknownKeys(String vendor) {
		ApiKeys keys = keys(vendor);
		ApiKeys.NewKey created = keys.create("Old", "owner");
		ApiKeys.NewKey other = keys.create("Other", "owner");

		assertThat(keys.revoke(created.key().id())).isTrue();
		assertThat(keys.revoke(created.key().id())).isFalse();

		assertThat(keys.authenticate(created.secret())).isEmpty();
		assertThat(keys.authenticate(other.secret())).isPresent();
		String secret = other.secret();
		char last = secret.charAt(secret.length() - 1);
		assertThat(keys.authenticate(secret.substring(0, secret.length() - 1) + ((last == 'x') ? 'y' : 'x'))).isEmpty();
		assertThat(keys.authenticate(null)).isEmpty();
		assertThat(keys.all()).extracting(ApiKey::name).containsExactly("Other", "Old");
		assertThat(keys.all().get(1).revokedAt()).isEqualTo(NOW);
	}

	@Test
	void hashesAKeyAsLowerCaseHexSha256() {
		assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
