package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238 Appendix B, SHA1 column (8 digits). */
	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238TestVectors(long seconds, String expected) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(RFC_KEY, step, 8, "HmacSHA1")).isEqualTo(expected);
	}

	@Test
	void acceptsTheStepBeforeAndAfterButNotTwoAway() {
		Instant now = Instant.ofEpochSecond(1_111_111_111L);
		long step = Totp.stepAt(now);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1, 6, "HmacSHA1"), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1, 6, "HmacSHA1"), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2, 6, "HmacSHA1"), now)).isEmpty();
	}

	@Test
	void showsTheKeyInBase32AndAsAKeyUri() {
		TotpSecret secret = new TotpSecret("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(secret.base32()).isEqualTo("MZXW6YTBOI"); // RFC 4648 §10
		assertThat(secret.uri("olivia b")).isEqualTo("otpauth://totp/Plex%20Invite%3Aolivia%20b?secret=MZXW6YTBOI"
				+ "&issuer=Plex%20Invite&algorithm=SHA1&digits=6&period=30");
		assertThat(secret).hasToString("TotpSecret[masked]");
	}

	@Test
	void storesTheSecretEncryptedAndOnlyTheSameSecretKeyOpensIt() {
		TotpSecret secret = TotpSecret.generate(new SecureRandom());
		String stored = new TotpSecretCipher("key one").encrypt(secret);
		assertThat(stored).startsWith("v1.").doesNotContain(secret.base32());
		assertThat(new TotpSecretCipher("key one").decrypt(stored)).isEqualTo(secret);
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new TotpSecretCipher("key two").decrypt(stored));
	}

}
