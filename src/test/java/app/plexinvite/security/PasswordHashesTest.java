package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder.BCryptVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

@ExtendWith(OutputCaptureExtension.class)
class PasswordHashesTest {

	/** 64 bytes of hex, the length of a werkzeug scrypt digest. */
	private static final String HEX_128 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
			+ "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

	private final PasswordHashes hashes = new PasswordHashes();

	@Test
	void encodesNewPasswordsAsArgon2idWithOwaspParameters() {
		String hash = this.hashes.encode("pässwörd 🔑");

		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(this.hashes.matches("pässwörd 🔑", hash)).isTrue();
		assertThat(this.hashes.matches("passwörd 🔑", hash)).isFalse();
		assertThat(this.hashes.encode("pässwörd 🔑")).isNotEqualTo(hash);
	}

	// Published vectors: OpenBSD/jBCrypt test set, as in spring-security BCryptTests.
	@ParameterizedTest
	@CsvSource(delimiter = ' ',
			value = { "abc $2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
					"abc $2b$06$5FyQoicpbox1xSHFfhhdXuR2oxLpO1rYsQh5RTkI/9.RIjtoF0/ta",
					"a $2y$06$LUdD6/aD0e/UbnxVAVbvGuUmIoJ3l/OK94ThhadpMWwKC34LrGEey" })
	void checksPublishedBcryptVectors(String password, String hash) {
		assertThat(this.hashes.matches(password, hash)).isTrue();
		assertThat(this.hashes.matches(password + "x", hash)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "$2a", "$2b", "$2y" })
	void checksBcryptOfEveryVersionWithAUtf8Password(String version) {
		BCryptVersion bcryptVersion = BCryptVersion.valueOf(version.toUpperCase());
		String hash = new BCryptPasswordEncoder(bcryptVersion, 4).encode("пароль 🔑");

		assertThat(hash).startsWith(version + "$04$");
		assertThat(this.hashes.matches("пароль 🔑", hash)).isTrue();
		assertThat(this.hashes.matches("пароль", hash)).isFalse();
	}

	// Published vectors: P-H-C/phc-winner-argon2 src/test.c (password "password", salt
	// "somesalt").
	@ParameterizedTest
	@ValueSource(strings = { "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
			"$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc",
			"$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8",
			"$argon2i$m=256,t=2,p=1$c29tZXNhbHQ$/U3YPXYsSb3q9XxHvc0MLxur+GP960kN9j7emXX8zwY" })
	void checksPublishedArgon2Vectors(String hash) {
		assertThat(this.hashes.matches("password", hash)).isTrue();
		assertThat(this.hashes.matches("differentpassword", hash)).isFalse();
	}

	@Test
	void checksArgon2d() {
		String hash = argon2d("pässwörd", "saltsaltsalt");

		assertThat(hash).startsWith("$argon2d$v=19$m=64,t=1,p=1$");
		assertThat(this.hashes.matches("pässwörd", hash)).isTrue();
		assertThat(this.hashes.matches("passwörd", hash)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "pbkdf2:sha256:600000", "pbkdf2:sha256", "scrypt:32768:8:1", "scrypt",
			"pbkdf2:sha256:abc$salt$884f0b668da0d9780556650ebd70b4b71572335fa072858c71e2b4b96dd565bf",
			"pbkdf2:sha256:1:2$salt$884f0b668da0d9780556650ebd70b4b71572335fa072858c71e2b4b96dd565bf",
			"pbkdf2:md5:1000$salt$0123456789abcdef0123456789abcdef",
			"pbkdf2:sha256:1000$$884f0b668da0d9780556650ebd70b4b71572335fa072858c71e2b4b96dd565bf",
			"pbkdf2:sha256:1000$salt$884F0B668DA0D9780556650EBD70B4B71572335FA072858C71E2B4B96DD565BF",
			"pbkdf2:sha256:1000$salt$884f0b668da0d9780556650ebd70b4b7", "scrypt:1000:8:1$salt$00",
			"scrypt:16384:8$s$00", "$2b$10$short", "$2x$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
			"$2a$03$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i", "$argon2id$v=19$m=x",
			"$argon2id$v=19$m=256,t=2,p=1$!!!$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
			"$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$A", "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR",
			"$argon2x$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
			"sha256$salt$0123456789abcdef", "plain$$password", "{bcrypt}$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8",
			"$", "$$", " ", "password" })
	void refusesMalformedOrUnknownHashesWithoutThrowing(String hash) {
		assertThat(PasswordHashes.unsupportedReason(hash)).isPresent();
		assertThat(PasswordHashes.isSupported(hash)).isFalse();
		assertThatNoException().isThrownBy(() -> assertThat(this.hashes.matches("password", hash)).isFalse());
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "pbkdf2:sha256:10000001$salt$884f0b668da0d9780556650ebd70b4b71572335fa072858c71e2b4b96dd565bf",
					"scrypt:2097152:8:1$salt$" + HEX_128, "scrypt:1048576:8:1$salt$" + HEX_128,
					"scrypt:32768:64:1$salt$" + HEX_128, "scrypt:32768:8:32$salt$" + HEX_128,
					"$2a$17$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
					"$argon2i$v=19$m=1048576,t=2,p=1$c29tZXNhbHQ$0Vh6ygkiw7XWqD7asxvuPE667zQu1hJ6VdGbI1GtH0E",
					"$argon2id$v=19$m=256,t=17,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4" })
	void refusesHashesTooCostlyToCheck(String hash) {
		assertThat(PasswordHashes.unsupportedReason(hash))
			.hasValueSatisfying((reason) -> assertThat(reason).containsAnyOf("too costly", "too slow"));
		assertThat(this.hashes.matches("password", hash)).isFalse();
	}

	@Test
	void explainsAnUnknownFormatAndAHashCutShortByDollarExpansion() {
		assertThat(PasswordHashes.unsupportedReason("hunter2"))
			.hasValue("not a bcrypt, argon2 or werkzeug pbkdf2/scrypt hash");
		assertThat(PasswordHashes.unsupportedReason("pbkdf2:sha256:600000")).hasValueSatisfying(
				(reason) -> assertThat(reason).contains("without its $salt$digest part", "single quotes"));
		assertThat(PasswordHashes.unsupportedReason(null)).hasValue("empty");
	}

	@Test
	void logsOneWarningNamingTheFamilyButNeverTheHash(CapturedOutput output) {
		String hash = "scrypt:1048576:8:1$secretsalt$" + HEX_128;

		this.hashes.matches("password", hash);

		assertThat(output.getOut().lines().filter((line) -> line.contains("WARN"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("werkzeug scrypt").doesNotContain("secretsalt", HEX_128));
	}

	@Test
	void neverMatchesAnEmptyOrMissingPassword() {
		String hash = this.hashes.encode("x");

		assertThat(this.hashes.matches("", hash)).isFalse();
		assertThat(this.hashes.matches(null, hash)).isFalse();
		assertThat(this.hashes.matches("x", null)).isFalse();
		assertThat(this.hashes.encode(null)).isNull();
	}

	@Test
	void acceptsEverySupportedFamily() {
		assertThat(PasswordHashes.unsupportedReason(this.hashes.encode("x"))).isEmpty();
		assertThat(PasswordHashes.isSupported(BCrypt.hashpw("x", BCrypt.gensalt(4)))).isTrue();
		assertThat(PasswordHashes.isSupported("scrypt:32768:8:1$s$" + HEX_128)).isTrue();
		assertThat(PasswordHashes.isSupported("pbkdf2:sha1:1000$s$0123456789abcdef0123456789abcdef01234567")).isTrue();
	}

	private static String argon2d(String password, String salt) {
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_d)
			.withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withSalt(salt.getBytes(StandardCharsets.UTF_8))
			.withMemoryAsKB(64)
			.withIterations(1)
			.withParallelism(1)
			.build();
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		byte[] hash = new byte[32];
		generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
		Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
		return "$argon2d$v=19$m=64,t=1,p=1$" + base64.encodeToString(parameters.getSalt()) + "$"
				+ base64.encodeToString(hash);
	}

}
