package app.plexinvite.security;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks bcrypt and argon2 hashes before Spring's encoders see them, so that a malformed
 * hash is refused with a reason instead of an exception, and a hash whose cost would tie
 * up the machine is refused outright.
 */
final class ModularCryptFormats {

	/** bcrypt cost 16 already takes seconds; OWASP asks for 10 or more. */
	static final int MAX_BCRYPT_COST = 16;

	static final int MAX_ARGON2_MEMORY_KIB = 256 * 1024;

	static final int MAX_ARGON2_ITERATIONS = 16;

	static final int MAX_ARGON2_PARALLELISM = 16;

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$([0-9]{2})\\$[./A-Za-z0-9]{53}");

	private static final Pattern ARGON2 = Pattern.compile("\\$argon2(?:id|i|d)\\$(?:v=(16|19)\\$)?"
			+ "m=([0-9]{1,9}),t=([0-9]{1,9}),p=([0-9]{1,9})\\$([A-Za-z0-9+/]+={0,2})\\$([A-Za-z0-9+/]+={0,2})");

	private ModularCryptFormats() {
	}

	/** A bcrypt hash ($2a$, $2b$ or $2y$) that BCryptPasswordEncoder can check. */
	static String checkedBcrypt(String encoded) {
		Matcher matcher = BCRYPT.matcher(encoded);
		if (!matcher.matches()) {
			throw new UnsupportedHashFormat("a malformed bcrypt hash (expected $2a$, $2b$ or $2y$)");
		}
		int cost = Integer.parseInt(matcher.group(1));
		if (cost < 4 || cost > MAX_BCRYPT_COST) {
			throw new UnsupportedHashFormat(
					"a bcrypt hash with a cost outside 4 to " + MAX_BCRYPT_COST + ", too costly or invalid");
		}
		return encoded;
	}

	/**
	 * An argon2 hash in PHC form that Argon2PasswordEncoder can check. A hash without
	 * {@code v=} gets {@code v=16}: the reference decoder reads a missing version as 0x10
	 * (P-H-C/phc-winner-argon2 src/encoding.c, decode_string), while Bouncy Castle would
	 * assume 0x13.
	 */
	static String checkedArgon2(String encoded) {
		Matcher matcher = ARGON2.matcher(encoded);
		if (!matcher.matches() || tooShort(matcher.group(5), 8) || tooShort(matcher.group(6), 4)) {
			throw new UnsupportedHashFormat("a malformed argon2 hash");
		}
		int memory = Integer.parseInt(matcher.group(2));
		int iterations = Integer.parseInt(matcher.group(3));
		int parallelism = Integer.parseInt(matcher.group(4));
		if (parallelism < 1 || iterations < 1 || memory < 8 * parallelism) {
			throw new UnsupportedHashFormat("a malformed argon2 hash");
		}
		if (memory > MAX_ARGON2_MEMORY_KIB || iterations > MAX_ARGON2_ITERATIONS
				|| parallelism > MAX_ARGON2_PARALLELISM) {
			throw new UnsupportedHashFormat("an argon2 hash with parameters beyond our limits"
					+ " (m up to 256 MiB, t up to 16, p up to 16), too costly to check safely");
		}
		return (matcher.group(1) != null) ? encoded : encoded.replaceFirst("\\$m=", "\\$v=16\\$m=");
	}

	private static boolean tooShort(String base64, int minimumBytes) {
		try {
			return Base64.getDecoder().decode(base64).length < minimumBytes;
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

}
