package app.plexinvite.security;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

/**
 * The hashlib names werkzeug accepts in {@code pbkdf2:<name>:<iterations>} that we
 * support: SHA-1 (werkzeug 0.9 to 0.11 default) and the SHA-2 family (sha256 is the
 * default from 0.12 on).
 */
enum WerkzeugDigest {

	SHA1("sha1", SHA1Digest::new, 20),

	SHA224("sha224", SHA224Digest::new, 28),

	SHA256("sha256", SHA256Digest::new, 32),

	SHA384("sha384", SHA384Digest::new, 48),

	SHA512("sha512", SHA512Digest::new, 64);

	private final String hashlibName;

	private final Supplier<Digest> factory;

	private final int size;

	WerkzeugDigest(String hashlibName, Supplier<Digest> factory, int size) {
		this.hashlibName = hashlibName;
		this.factory = factory;
		this.size = size;
	}

	/** A new Bouncy Castle digest; PBKDF2's output length is its size, as in hashlib. */
	Digest newDigest() {
		return this.factory.get();
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
