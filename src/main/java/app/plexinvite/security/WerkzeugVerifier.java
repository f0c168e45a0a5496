package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Recomputes a werkzeug hash the way werkzeug's check_password_hash does
 * (pallets/werkzeug src/werkzeug/security.py): derive the key from the UTF-8 password and
 * the UTF-8 salt text, write it as lower-case hex, and compare that text with the stored
 * digest in constant time (werkzeug uses hmac.compare_digest).
 */
final class WerkzeugVerifier {

	private WerkzeugVerifier() {
	}

	static boolean matches(WerkzeugHash hash, String rawPassword) {
		byte[] password = rawPassword.getBytes(StandardCharsets.UTF_8);
		byte[] salt = hash.salt().getBytes(StandardCharsets.UTF_8);
		byte[] expected = hash.hexDigest().getBytes(StandardCharsets.US_ASCII);
		return switch (hash) {
			case WerkzeugPbkdf2 pbkdf2 -> matchesAnyCount(pbkdf2, password, salt, expected);
			case WerkzeugScrypt scrypt ->
				equalHex(SCrypt.generate(password, salt, scrypt.n(), scrypt.r(), scrypt.p(), WerkzeugScrypt.KEY_BYTES),
						expected);
		};
	}

	/**
	 * Tries every candidate count, without stopping early, so timing does not tell which.
	 */
	private static boolean matchesAnyCount(WerkzeugPbkdf2 hash, byte[] password, byte[] salt, byte[] expected) {
		boolean matched = false;
		for (int iterations : hash.iterations()) {
			matched |= equalHex(pbkdf2(hash.digest(), password, salt, iterations), expected);
		}
		return matched;
	}

	/** hashlib.pbkdf2_hmac(name, password, salt, iterations) with dklen = digest size. */
	private static byte[] pbkdf2(WerkzeugDigest digest, byte[] password, byte[] salt, int iterations) {
		PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(digest.newDigest());
		generator.init(password, salt, iterations);
		return ((KeyParameter) generator.generateDerivedParameters(digest.size() * 8)).getKey();
	}

	private static boolean equalHex(byte[] derived, byte[] expectedHex) {
		byte[] actualHex = HexFormat.of().formatHex(derived).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(actualHex, expectedHex);
	}

}
