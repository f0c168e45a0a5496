package app.plexinvite.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** reset-admin against a migrated SQLite file, as the configured database would be. */
class ResetAdminCommandTest {

	private static final String NEW_PASSWORD = "a brand new long password";

	@TempDir
	Path folder;

	private JdbcClient jdbc;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void database() {
		DataSource dataSource = TestSqlite.dataSource(this.folder.resolve("invites.db"));
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/sqlite").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		StoredOwnerAccount accounts = new StoredOwnerAccount(this.jdbc);
		accounts.create("olivia", new PasswordHashes().encode("the old password"), Instant.EPOCH);
		new StoredSecondFactors(this.jdbc).saveSecret("olivia", "v1.sealed", 1, Instant.EPOCH);
		new StoredSecondFactors(this.jdbc).replaceRecoveryCodes("olivia", java.util.List.of("hash"));
	}

	private int run(Optional<String> fromEnvironment, String... args) {
		return ResetAdminCommand.run(args, NEW_PASSWORD::toCharArray, this.jdbc, fromEnvironment,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void setsANewPasswordAndRemovesTheTwoStepSignInOfTheOnlyOwner() {
		assertThat(run(Optional.empty())).isEqualTo(ResetAdminCommand.OK);
		String hash = new StoredOwnerAccount(this.jdbc).find("olivia").orElseThrow().passwordHash();
		assertThat(new PasswordHashes().matches(NEW_PASSWORD, hash)).isTrue();
		assertThat(new StoredSecondFactors(this.jdbc).secretOf("olivia")).isEmpty();
		assertThat(new StoredSecondFactors(this.jdbc).unusedRecoveryCodes("olivia")).isEmpty();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("new password set for 'olivia'",
				"Two-step sign-in removed");
	}

	@Test
	void asksForTheNameWhenThereAreSeveralOwnersAndRefusesAnUnknownOne() {
		new StoredOwnerAccount(this.jdbc).add("bea", "hash", Instant.EPOCH);
		assertThat(run(Optional.empty())).isEqualTo(ResetAdminCommand.FAILED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("bea, olivia");
		assertThat(run(Optional.empty(), "nobody")).isEqualTo(ResetAdminCommand.FAILED);
		assertThat(run(Optional.empty(), "bea")).isEqualTo(ResetAdminCommand.OK);
		assertThat(new StoredSecondFactors(this.jdbc).secretOf("olivia")).as("another owner's TOTP").isPresent();
	}

	@Test
	void onlyRemovesTheTwoStepSignInOfTheEnvironmentsAccount() {
		new StoredSecondFactors(this.jdbc).saveSecret("admin", "v1.sealed", 1, Instant.EPOCH);
		assertThat(run(Optional.of("admin"), "admin")).isEqualTo(ResetAdminCommand.OK);
		assertThat(new StoredSecondFactors(this.jdbc).secretOf("admin")).isEmpty();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("ADMIN_PASSWORD_HASH", "hash-password");
	}

	@Test
	void refusesAShortPassword() {
		int code = ResetAdminCommand.run(new String[] { "olivia" }, "short"::toCharArray, this.jdbc, Optional.empty(),
				new PrintStream(this.out), new PrintStream(this.err));
		assertThat(code).isEqualTo(ResetAdminCommand.FAILED);
		assertThat(new StoredSecondFactors(this.jdbc).secretOf("olivia")).isPresent();
	}

}
