package app.plexinvite.security;

/**
 * A werkzeug {@code scrypt:<n>:<r>:
 *
<p>
 * $salt$hex} hash (werkzeug 2.3 and later; a bare {@code scrypt} method means n=32768,
 * r=8, p=1). werkzeug calls
 * {@code hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=132 * n * r * p)} with
 * hashlib's default dklen of 64 bytes.
 * <p>
 * Parameters are capped so that a hash cannot make a sign-in attempt eat the machine: n a
 * power of two up to 2^20, r up to 32, p up to 16 and 128 * n * r * p bytes (the memory
 * hashlib would reserve) up to 256 MiB.
 *
 * @param n CPU/memory cost, a power of two
 * @param r block size
 * @param p parallelisation
 * @param salt the literal salt text
 * @param hexDigest the expected lower-case hex of the 64-byte derived key
 */
record WerkzeugScrypt(int n, int r, int p, String salt, String hexDigest) implements WerkzeugHash {

	/** hashlib.scrypt's default dklen. */
	static final int KEY_BYTES = 64;

	private static final HashFamily FAMILY = HashFamily.WERKZEUG_SCRYPT;

	private static final long MAX_MEMORY = 256L * 1024 * 1024;

	WerkzeugScrypt {
		if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1) {
			throw WerkzeugHash.malformed(FAMILY);
		}
		if (n > (1 << 20) || r > 32 || p > 16 || 128L * n * r * p > MAX_MEMORY) {
			throw new UnsupportedHashFormat("a werkzeug scrypt hash with parameters beyond our limits"
					+ " (n up to 2^20, r up to 32, p up to 16, 256 MiB), too costly to check safely");
		}
	}

	/** Reads the method parts (split on ':'), salt and hex digest. */
	static WerkzeugScrypt of(String[] method, String salt, String hex) {
		String checkedHex = WerkzeugHash.hexDigest(FAMILY, hex, KEY_BYTES);
		if (method.length == 1) {
			return new WerkzeugScrypt(32768, 8, 1, salt, checkedHex);
		}
		if (method.length != 4) {
			throw WerkzeugHash.malformed(FAMILY);
		}
		return new WerkzeugScrypt(WerkzeugHash.count(FAMILY, method[1]), WerkzeugHash.count(FAMILY, method[2]),
				WerkzeugHash.count(FAMILY, method[3]), salt, checkedHex);
	}

}
