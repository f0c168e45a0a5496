package app.plexinvite.security;

import java.nio.file.Path;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V8 on both databases: the owner set-up created survives, more owners can be added,
 * names stay unique.
 */
class OwnerAccountMigrationTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void keepsTheFirstOwnerAndAllowsMoreWithUniqueNames(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("o.db"))
				: TestPostgres.freshDatabase();
		migrate(dataSource, vendor, "6");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("INSERT INTO owner_account (id, username, password_hash, created_at, updated_at) "
				+ "VALUES (1, 'olivia', 'hash', 5, 5)")
			.update();
		migrate(dataSource, vendor, "latest");

		StoredOwnerAccount accounts = new StoredOwnerAccount(jdbc);
		assertThat(accounts.find("olivia")).hasValueSatisfying((row) -> {
			assertThat(row.createdAt()).isEqualTo(Instant.ofEpochMilli(5));
			assertThat(row.lastSignInAt()).isNull();
		});
		assertThat(accounts.add("bea", "hash", Instant.EPOCH)).isTrue();
		assertThat(accounts.add("bea", "other", Instant.EPOCH)).isFalse();
		assertThat(accounts.create("carl", "hash", Instant.EPOCH)).as("set-up only creates the first").isFalse();
		assertThat(accounts.findAll()).extracting(StoredOwnerAccount.Row::username).containsExactly("bea", "olivia");
		assertThat(accounts.first()).hasValueSatisfying((row) -> assertThat(row.username()).isEqualTo("olivia"));
	}

	private static void migrate(DataSource dataSource, String vendor, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/" + vendor)
			.target(target)
			.load()
			.migrate();
	}

}
