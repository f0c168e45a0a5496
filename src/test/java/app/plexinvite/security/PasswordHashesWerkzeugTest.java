package app.plexinvite.security;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Hashes as werkzeug's generate_password_hash writes them. The digests were computed with
 * CPython 3.11 hashlib exactly as werkzeug's _hash_internal does:
 * {@code hashlib.pbkdf2_hmac(name, pw.encode(), salt.encode(), iterations).hex()} and
 * {@code hashlib.scrypt(pw.encode(), salt=salt.encode(), n=n, r=r, p=p, maxmem=132*n*r*p).hex()}.
 */
class PasswordHashesWerkzeugTest {

	static final String PASSWORD = "correct horse battery staple";

	static final String UNICODE_PASSWORD = "pässwörd 🔑 пароль";

	private final PasswordHashes hashes = new PasswordHashes();

	static Stream<Arguments> werkzeugHashes() {
		return Stream.of(argumentSet("pbkdf2 sha256 with 600,000 iterations (werkzeug 2.3-3.0 default)", PASSWORD,
				"pbkdf2:sha256:600000$Jf3kQ9vLm2XpR7tA_b-4zw$884f0b668da0d9780556650ebd70b4b71572335fa072858c71e2b4b96dd565bf"),
				argumentSet("pbkdf2 sha256 without iterations, checked by werkzeug 2.0-2.2 (260,000)", PASSWORD,
						"pbkdf2:sha256$tTj1Yw8GdbIzYkVQ$660f54279b0a3adb41c41dac1f922dd4ab6e5af60a9afad52cd6388e3d9cdb50"),
				argumentSet("pbkdf2 sha256 without iterations, checked by werkzeug 0.15-1.0 (150,000)", PASSWORD,
						"pbkdf2:sha256$Q2cbN4u6xHqLWmSd$21d1db876b9d5ffc65dc790e4916cbd269c881f24e69c863a6884351fa7c149b"),
				argumentSet("bare pbkdf2, checked by werkzeug 3.1 (sha256, 1,000,000)", PASSWORD,
						"pbkdf2$wq-3X0aZpLk9cVbN_e1RtA$b792278ce5cfb08481f65dab0002cdfbbe3c88b975b32d2c82cb16c445a72c25"),
				argumentSet("pbkdf2 sha1 with 1,000 iterations (werkzeug 0.9-0.11 default)", PASSWORD,
						"pbkdf2:sha1:1000$aB3dE5gH$a77e064dbb6c66b18037322d6a3a5cfc10c731bd"),
				argumentSet("pbkdf2 sha512", PASSWORD,
						"pbkdf2:sha512:25000$Zr8Kq2Lm4Np6Tx9V$91826296f1ec64272fb01cafcb64098c4c4d8e8729a311dcc2e2f61a9819f1ed"
								+ "93a9631b589521eebb893ca12f629ee9eb31e0b05404475e04eda4d217e5a566"),
				argumentSet("pbkdf2 sha256 of a UTF-8 password", UNICODE_PASSWORD,
						"pbkdf2:sha256:50000$Uq7_Lm-0XcVbN2aZpK9RtA$a39a46a2ab864853a19f142aa5e024feb0daa271b464a16f18d31a7e41ec1609"),
				argumentSet("scrypt 32768:8:1 (werkzeug 3 default)", PASSWORD,
						"scrypt:32768:8:1$kP9_xR2mWq4LzT7vB-c3Ya$630af36ed1f2417d1dd89f9124d13ec50c15f561d78f042e28cd625152cc7402"
								+ "a07eddf86738e0fcbf40aef47614943609e17a9ae94fb38ff3bcc5bfcaad44ee"),
				argumentSet("bare scrypt (n=32768, r=8, p=1)", PASSWORD,
						"scrypt$dH5nJ8qWc1Lr3Vt6Xz9BmA$d84ede79327fa3dd9c7190b349ed1d17dab4e505fc4b426507715c2927543e0f"
								+ "70cc1c3d1a25175782603d903fda0cb95535a10c55f1c79744de481fd06c03d7"),
				argumentSet("scrypt 16384:8:2 of a UTF-8 password", UNICODE_PASSWORD,
						"scrypt:16384:8:2$Fv2Gx7Hk-Lm9Np_Qr4StUw$cfeadb9c331db63607c4f5a9656a806ff941c8627e602654dee91cacaba0b3e3"
								+ "30a39e30c109f2a8454983ed44e0a26dffa798d691eac0474de7c48ae6fe7135"));
	}

	@ParameterizedTest
	@MethodSource("werkzeugHashes")
	void acceptsTheRightPassword(String password, String hash) {
		assertThat(PasswordHashes.isSupported(hash)).isTrue();
		assertThat(this.hashes.matches(password, hash)).isTrue();
	}

	@ParameterizedTest
	@MethodSource("werkzeugHashes")
	void refusesAWrongPassword(String password, String hash) {
		assertThat(this.hashes.matches(password + "!", hash)).isFalse();
	}

	@ParameterizedTest
	@MethodSource("werkzeugHashes")
	void refusesTheRightPasswordUnderAnotherSalt(String password, String hash) {
		String[] parts = hash.split("\\$");
		String otherSalt = parts[0] + "$" + parts[1] + "x$" + parts[2];
		assertThat(this.hashes.matches(password, otherSalt)).isFalse();
	}

}
