package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.bouncycastle.crypto.generators.SCrypt;

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
		byte[] salt = hash.salt().getBytes(StandardCharsets.UTF_8);
		byte[] expected = hash.hexDigest().getBytes(StandardCharsets.US_ASCII);
		return switch (hash) {
			case WerkzeugPbkdf2 pbkdf2 -> matchesAnyCount(pbkdf2, rawPassword, salt, expected);
			case WerkzeugScrypt scrypt -> equalHex(scrypt(scrypt, rawPassword, salt), expected);
		};
	}

	/**
	 * Tries every candidate count, without stopping early, so timing does not tell which.
	 */
	private static boolean matchesAnyCount(WerkzeugPbkdf2 hash, String password, byte[] salt, byte[] expected) {
		boolean matched = false;
		for (int iterations : hash.iterations()) {
			matched |= equalHex(pbkdf2(hash.digest(), password, salt, iterations), expected);
		}
		return matched;
	}

	/**
	 * hashlib.pbkdf2_hmac(name, password, salt, iterations) with dklen = digest size. The
	 * JDK's PBKDF2 (about three times faster than Bouncy Castle's here) encodes the
	 * password characters as UTF-8, as werkzeug's password.encode() does; the UTF-8 test
	 * vectors pin that.
	 */
	private static byte[] pbkdf2(WerkzeugDigest digest, String password, byte[] salt, int iterations) {
		char[] chars = password.toCharArray();
		PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, digest.size() * 8);
		try {
			return SecretKeyFactory.getInstance(digest.jcaAlgorithm()).generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK lacks " + digest.jcaAlgorithm(), ex);
		}
		finally {
			spec.clearPassword();
			Arrays.fill(chars, '\0');
		}
	}

	/**
	 * hashlib.scrypt(password, salt=salt, n=n, r=r, p=p) with its default dklen of 64.
	 */
	private static byte[] scrypt(WerkzeugScrypt hash, String password, byte[] salt) {
		byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
		try {
			return SCrypt.generate(bytes, salt, hash.n(), hash.r(), hash.p(), WerkzeugScrypt.KEY_BYTES);
		}
		finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}

	private static boolean equalHex(byte[] derived, byte[] expectedHex) {
		byte[] actualHex = HexFormat.of().formatHex(derived).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(actualHex, expectedHex);
	}

}
