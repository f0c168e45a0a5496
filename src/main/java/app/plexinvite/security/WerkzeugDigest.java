package app.plexinvite.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The hashlib names werkzeug accepts in {@code pbkdf2:<name>:<iterations>} that we
 * support: SHA-1 (werkzeug 0.9 to 0.11 default) and the SHA-2 family (sha256 is the
 * default from 0.12 on).
 */
enum WerkzeugDigest {

	SHA1("sha1", "PBKDF2WithHmacSHA1", 20),

	SHA224("sha224", "PBKDF2WithHmacSHA224", 28),

	SHA256("sha256", "PBKDF2WithHmacSHA256", 32),

	SHA384("sha384", "PBKDF2WithHmacSHA384", 48),

	SHA512("sha512", "PBKDF2WithHmacSHA512", 64);

	private final String hashlibName;

	private final String jcaAlgorithm;

	private final int size;

	WerkzeugDigest(String hashlibName, String jcaAlgorithm, int size) {
		this.hashlibName = hashlibName;
		this.jcaAlgorithm = jcaAlgorithm;
		this.size = size;
	}

	/** The JDK SecretKeyFactory algorithm computing PBKDF2 with this HMAC. */
	String jcaAlgorithm() {
		return this.jcaAlgorithm;
	}

	/** Bytes of output: hashlib.pbkdf2_hmac's default dklen is the digest size. */
	int size() {
		return this.size;
	}

	static Optional<WerkzeugDigest> byHashlibName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (WerkzeugDigest digest : values()) {
			if (digest.hashlibName.equals(lower)) {
				return Optional.of(digest);
			}
		}
		return Optional.empty();
	}

}
