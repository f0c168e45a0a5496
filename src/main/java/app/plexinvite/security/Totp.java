package app.plexinvite.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC of the 30-second
 * step since the epoch, dynamically truncated to {@value #DIGITS} digits. What
 * authenticator apps use with the defaults of the Key Uri Format (SHA-1, 6 digits, 30 s).
 * Written with javax.crypto rather than a library: it is 20 lines, and the RFC's own test
 * vectors check it.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	/** Accepted steps either side of now, for clocks that drift a little. */
	static final int WINDOW = 1;

	private Totp() {
	}

	static long stepAt(Instant now) {
		return Math.floorDiv(now.getEpochSecond(), STEP.toSeconds());
	}

	/** The code for one step; RFC 6238 §4 and RFC 4226 §5.3 (dynamic truncation). */
	static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			long modulus = (long) Math.pow(10, digits);
			return String.format("%0" + digits + "d", binary % modulus);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(algorithm + " is not available", ex);
		}
	}

	/**
	 * The step within {@value #WINDOW} of now whose code this is, checked in constant
	 * time per step; empty when none matches.
	 */
	static OptionalLong matchingStep(byte[] key, String code, Instant now) {
		byte[] given = code.getBytes(StandardCharsets.US_ASCII);
		long current = stepAt(now);
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			byte[] expected = code(key, step, DIGITS, "HmacSHA1").getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, given)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

}
