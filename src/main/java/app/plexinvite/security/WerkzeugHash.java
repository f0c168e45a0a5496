package app.plexinvite.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A hash made by werkzeug's {@code generate_password_hash}:
 * {@code method$salt$hexdigest}.
 * <p>
 * Semantics follow pallets/werkzeug src/werkzeug/security.py ({@code _hash_internal} and
 * {@code check_password_hash}): the string is split on the first two {@code $}; the salt
 * is the literal salt text, UTF-8 encoded (it is never decoded from base64 or hex); the
 * digest is the lower-case hex of the key derived from the UTF-8 password.
 */
sealed interface WerkzeugHash permits WerkzeugPbkdf2, WerkzeugScrypt {

	/**
	 * What werkzeug uses when a pbkdf2 method names no iteration count. Every werkzeug
	 * since pbkdf2 arrived (0.9) writes the count into the hashes it generates ("pbkdf2:
	 * %s:%d"), so a hash without one was written by hand or by another tool, and
	 * check_password_hash then applies the default of whatever werkzeug is installed:
	 * DEFAULT_PBKDF2_ITERATIONS was 1,000 in 0.9-0.11, 50,000 in 0.12-0.14, 150,000 in
	 * 0.15-1.0, 260,000 in 2.0-2.2, 600,000 in 2.3-3.0 and 1,000,000 from 3.1. We cannot
	 * know which the owner ran, so we accept the hash under any of them, newest first.
	 */
	List<Integer> DEFAULT_ITERATIONS = List.of(1_000_000, 600_000, 260_000, 150_000, 50_000, 1_000);

	/**
	 * Above this a pbkdf2 hash is refused: checking it would tie up a CPU for seconds.
	 */
	int MAX_ITERATIONS = 10_000_000;

	Pattern LOWER_HEX = Pattern.compile("[0-9a-f]+");

	Pattern COUNT = Pattern.compile("[0-9]{1,9}");

	String salt();

	String hexDigest();

	/**
	 * Reads a werkzeug hash, or throws {@link UnsupportedHashFormat} with a short reason.
	 */
	static WerkzeugHash parse(String encoded) {
		HashFamily family = HashFamily.of(encoded);
		String[] parts = encoded.split("\\$", 3);
		if (parts.length < 3) {
			throw new UnsupportedHashFormat("a " + family.label() + " hash without its $salt$digest part"
					+ " (if the $ signs were expanded away, put the value in single quotes)");
		}
		String[] method = parts[0].split(":", -1);
		if (parts[1].isEmpty()) {
			throw malformed(family);
		}
		return switch (family) {
			case WERKZEUG_PBKDF2 -> WerkzeugPbkdf2.of(method, parts[1], parts[2]);
			case WERKZEUG_SCRYPT -> WerkzeugScrypt.of(method, parts[1], parts[2]);
			default -> throw malformed(family);
		};
	}

	static UnsupportedHashFormat malformed(HashFamily family) {
		return new UnsupportedHashFormat("a malformed " + family.label() + " hash");
	}

	/**
	 * Checks the digest is lower-case hex of the expected length, as werkzeug writes it.
	 */
	static String hexDigest(HashFamily family, String hex, int bytes) {
		if (hex.length() != 2 * bytes || !LOWER_HEX.matcher(hex).matches()) {
			throw malformed(family);
		}
		return hex;
	}

	/** A non-negative decimal count that fits an int, or a malformed-hash refusal. */
	static int count(HashFamily family, String text) {
		if (!COUNT.matcher(text).matches()) {
			throw malformed(family);
		}
		return Integer.parseInt(text);
	}

}
