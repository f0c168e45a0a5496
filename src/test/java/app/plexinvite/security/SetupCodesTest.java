package app.plexinvite.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SetupCodesTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

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
		SetupCodes codes = new SetupCodes(this.clock);
		assertThat(codes.check(from("192.0.2.1"), "")).isEqualTo(SetupCodes.Check.WRONG);

		codes.issue();
		codes.retire();
		assertThat(codes.check(from("192.0.2.1"), "ABCDEFGHJKMN")).isEqualTo(SetupCodes.Check.WRONG);
	}

	@Test
	void aClientWithFiveWrongCodesWaitsFifteenMinutesOthersDoNot() {
		SetupCodes codes = new SetupCodes(this.clock);
		codes.issue();
		for (int i = 0; i < 4; i++) {
			assertThat(codes.check(from("192.0.2.1"), "WRONGWRONG22")).isEqualTo(SetupCodes.Check.WRONG);
		}
		assertThat(codes.check(from("192.0.2.1"), "WRONGWRONG22")).isEqualTo(SetupCodes.Check.LOCKED_OUT);
		assertThat(codes.check(from("192.0.2.99"), "WRONGWRONG22")).isEqualTo(SetupCodes.Check.WRONG);

		this.clock.advance(Duration.ofMinutes(15));
		assertThat(codes.check(from("192.0.2.1"), "WRONGWRONG22")).isEqualTo(SetupCodes.Check.WRONG);
	}

}
