package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-time code that opens first-run set-up: {@value #LENGTH} characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), drawn with {@link SecureRandom} and
 * printed in the log at start. Compared in constant time, ignoring case, spaces and
 * dashes, so it can be typed as it reads.
 */
record SetupCode(String value) {

	static final int LENGTH = 12;

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	SetupCode {
		if (value.length() != LENGTH || !value.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			throw new IllegalArgumentException("A set-up code has " + LENGTH + " characters from " + ALPHABET);
		}
	}

	static SetupCode random(SecureRandom random) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new SetupCode(code.toString());
	}

	/** Whether the typed text is this code; the time taken does not depend on it. */
	boolean matches(String typed) {
		return MessageDigest.isEqual(this.value.getBytes(StandardCharsets.UTF_8),
				normalised(typed).getBytes(StandardCharsets.UTF_8));
	}

	/** The SHA-256 of this code (hex), as stored for every instance to check. */
	String hash() {
		return hashOf(this.value);
	}

	/**
	 * The SHA-256 (hex) of the typed text read as a code, to look up among the hashes.
	 */
	static String hashOf(String typed) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalised(typed).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	private static String normalised(String typed) {
		return Optional.ofNullable(typed).orElse("").replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	/** Grouped in threes for reading from a log: {@code ABC-DEF-GHJ-KMN}. */
	String readable() {
		return String.join("-", this.value.split("(?<=\\G.{3})"));
	}

	@Override
	public String toString() {
		return "SetupCode[masked]";
	}

}
