package app.plexinvite.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Set-up codes, on a migrated SQLite file or PostgreSQL database: two {@link SetupCodes}
 * objects on one database are two instances (or two starts) of the application.
 */
class SetupCodesTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	@TempDir
	Path folder;

	private JdbcClient migrated(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("codes.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return JdbcClient.create(dataSource);
	}

	private SetupCodes instance(JdbcClient jdbc) {
		return new SetupCodes(jdbc, this.clock);
	}

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void aCodeHasTwelveCharactersWithoutLookAlikes() {
		SetupCode code = SetupCode.random(new SecureRandom());

		assertThat(code.value()).hasSize(12).doesNotContainPattern("[01OIL]").matches("[A-Z2-9]{12}");
		assertThat(code.readable()).matches("[A-Z2-9]{3}(-[A-Z2-9]{3}){3}");
		assertThat(code.toString()).doesNotContain(code.value());
		assertThatIllegalArgumentException().isThrownBy(() -> new SetupCode("ABC"));
	}

	@Test
	void matchesTheCodeAsTypedFromTheLogButNothingElse() {
		SetupCode code = new SetupCode("ABCDEFGHJKMN");

		assertThat(code.matches("ABC-DEF-GHJ-KMN")).isTrue();
		assertThat(code.matches(" abc def ghj kmn ")).isTrue();
		assertThat(code.matches("ABCDEFGHJKMP")).isFalse();
		assertThat(code.matches("ABCDEFGHJKM")).isFalse();
		assertThat(code.matches("")).isFalse();
		assertThat(code.matches(null)).isFalse();
	}

	@Test
	void noCodeOpensSetUpBeforeOneIsIssuedOrAfterItIsRetired() {
		SetupCodes codes = instance(migrated("sqlite"));
		assertThat(codes.check(from("192.0.2.1"), "")).isEqualTo(SetupCodes.Check.WRONG);

		SetupCode code = codes.issueCode();
		codes.retire();
		assertThat(codes.check(from("192.0.2.1"), code.value())).isEqualTo(SetupCodes.Check.WRONG);
	}

	@Test
	void aClientWithFiveWrongCodesWaitsFifteenMinutesOthersDoNot() {
		SetupCodes codes = instance(migrated("sqlite"));
		codes.issue();
		for (int i = 0; i < 4; i++) {
			assertThat(codes.check(from("192.0.2.1"), "WRONGWRONG22")).isEqualTo(SetupCodes.Check.WRONG);
		}
		assertThat(codes.check(from("192.0.2.1"), "WRONGWRONG22")).isEqualTo(SetupCodes.Check.LOCKED_OUT);
		assertThat(codes.check(from("192.0.2.99"), "WRONGWRONG22")).isEqualTo(SetupCodes.Check.WRONG);

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(codes.check(from("192.0.2.1"), "WRONGWRONG22")).isEqualTo(SetupCodes.Check.WRONG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void anyInstanceAcceptsACodePrintedByAnyInstanceOfTheDatabase(String vendor) {
		JdbcClient jdbc = migrated(vendor);
		SetupCodes one = instance(jdbc);
		SetupCodes two = instance(jdbc);
		SetupCode printedByOne = one.issueCode();
		SetupCode printedByTwo = two.issueCode();

		assertThat(two.check(from("192.0.2.1"), printedByOne.readable())).isEqualTo(SetupCodes.Check.ACCEPTED);
		assertThat(one.check(from("192.0.2.1"), printedByTwo.value())).isEqualTo(SetupCodes.Check.ACCEPTED);
		assertThat(one.check(from("192.0.2.1"), "ABCDEFGHJKMN")).isEqualTo(SetupCodes.Check.WRONG);
		assertThat(jdbc.sql("SELECT code_hash FROM setup_code").query(String.class).list()).as("hashes only")
			.hasSize(2)
			.doesNotContain(printedByOne.value(), printedByTwo.value());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void aNewStartReplacesTheCodeThatInstancePrintedBeforeOnly(String vendor) {
		JdbcClient jdbc = migrated(vendor);
		SetupCodes one = instance(jdbc);
		SetupCodes two = instance(jdbc);
		SetupCode earlier = one.issueCode();
		SetupCode other = two.issueCode();

		SetupCode later = one.issueCode();

		assertThat(two.check(from("192.0.2.1"), earlier.value())).isEqualTo(SetupCodes.Check.WRONG);
		assertThat(two.check(from("192.0.2.1"), later.value())).isEqualTo(SetupCodes.Check.ACCEPTED);
		assertThat(one.check(from("192.0.2.1"), other.value())).isEqualTo(SetupCodes.Check.ACCEPTED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void setUpCompletedOnOneInstanceClosesItOnEvery(String vendor) {
		JdbcClient jdbc = migrated(vendor);
		SetupCodes one = instance(jdbc);
		SetupCodes two = instance(jdbc);
		SetupCode printedByOne = one.issueCode();
		SetupCode printedByTwo = two.issueCode();

		one.retire();

		assertThat(two.check(from("192.0.2.1"), printedByOne.value())).isEqualTo(SetupCodes.Check.WRONG);
		assertThat(two.check(from("192.0.2.2"), printedByTwo.value())).isEqualTo(SetupCodes.Check.WRONG);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM setup_code").query(Integer.class).single()).isZero();
	}

}
