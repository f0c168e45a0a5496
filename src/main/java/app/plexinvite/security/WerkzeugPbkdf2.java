package app.plexinvite.security;

import java.util.List;

/**
 * A werkzeug {@code pbkdf2:<hash>:<iterations>$salt$hex} hash. The method may omit the
 * iterations ({@code pbkdf2:sha256}) or, from werkzeug 2.3, the hash name as well
 * ({@code pbkdf2} means sha256); see {@link WerkzeugHash#DEFAULT_ITERATIONS} for what a
 * missing count means. An empty or zero count also meant "the default" up to werkzeug 1.0
 * ({@code int(args[0] or 0) or DEFAULT_PBKDF2_ITERATIONS}).
 *
 * @param digest the HMAC hash function
 * @param iterations the iteration counts to try, one when the hash names it
 * @param salt the literal salt text
 * @param hexDigest the expected lower-case hex of the derived key
 */
record WerkzeugPbkdf2(WerkzeugDigest digest, List<Integer> iterations, String salt,
		String hexDigest) implements WerkzeugHash {

	private static final HashFamily FAMILY = HashFamily.WERKZEUG_PBKDF2;

	WerkzeugPbkdf2 {
		iterations = List.copyOf(iterations);
		if (iterations.stream().anyMatch((count) -> count > MAX_ITERATIONS)) {
			throw new UnsupportedHashFormat(
					"a werkzeug pbkdf2 hash with more than 10,000,000 iterations, too slow to check safely");
		}
	}

	/** Reads the method parts (split on ':'), salt and hex digest. */
	static WerkzeugPbkdf2 of(String[] method, String salt, String hex) {
		if (method.length > 3) {
			throw WerkzeugHash.malformed(FAMILY);
		}
		String hashName = (method.length > 1) ? method[1] : "sha256";
		WerkzeugDigest digest = WerkzeugDigest.byHashlibName(hashName)
			.orElseThrow(() -> new UnsupportedHashFormat(
					"a werkzeug pbkdf2 hash with an unsupported hash function (use sha1, sha224, sha256, sha384 or sha512)"));
		return new WerkzeugPbkdf2(digest, iterations(method), salt, WerkzeugHash.hexDigest(FAMILY, hex, digest.size()));
	}

	private static List<Integer> iterations(String[] method) {
		if (method.length < 3 || method[2].isEmpty()) {
			return DEFAULT_ITERATIONS;
		}
		int count = WerkzeugHash.count(FAMILY, method[2]);
		return (count == 0) ? DEFAULT_ITERATIONS : List.of(count);
	}

}
