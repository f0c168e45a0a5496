package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

class LongAndForeignPasswordsTest {

	private static final String LONG = "a passphrase that is well over seventy-two bytes long, with ümlauts and 🔑 "
			+ "and then some more words";

	private final PasswordHashes hashes = new PasswordHashes();

	@Test
	void checksBcryptPasswordsLongerThan72BytesByTheirFirst72() {
		byte[] bytes = LONG.getBytes(StandardCharsets.UTF_8);
		assertThat(bytes.length).isGreaterThan(90);
		String hash = BCrypt.hashpw(Arrays.copyOf(bytes, 72), BCrypt.gensalt(4));

		assertThat(this.hashes.matches(LONG, hash)).isTrue();
		assertThat(this.hashes.matches(LONG.substring(0, 75) + "something else entirely", hash)).isTrue();
		assertThat(this.hashes.matches("A" + LONG.substring(1), hash)).isFalse();
	}

	@Test
	void checksArgon2PasswordsLongerThan72BytesByEveryByte() {
		String hash = this.hashes.encode(LONG);

		assertThat(this.hashes.matches(LONG, hash)).isTrue();
		assertThat(this.hashes.matches(LONG.substring(0, LONG.length() - 1) + "X", hash)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "noop", "MD5", "SHA-256", "SHA-1", "pbkdf2", "ldap", "sha256", "MD4" })
	void neverMatchesSpringsDelegatingFormatsOtherThanOurOwn(String id) {
		var delegating = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String password = "secret";
		String encoded = switch (id) {
			case "noop" -> "{noop}" + password;
			case "MD5" -> "{MD5}5ebe2294ecd0e0f08eab7690d2a6ee69";
			case "SHA-256" -> "{SHA-256}2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b";
			default -> delegating.encode(password);
		};

		assertThat(this.hashes.matches(password, encoded)).isFalse();
		assertThat(PasswordHashes.isSupported(encoded)).isFalse();
	}

}
