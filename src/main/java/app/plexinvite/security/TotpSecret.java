package app.plexinvite.security;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A TOTP key: 20 random bytes (RFC 4226 §4 recommends 160 bits), shown to the owner in
 * base32 (RFC 4648, no padding) and as an {@code otpauth://} URI for a QR code (Google
 * Authenticator's Key Uri Format). {@link #toString()} never shows it.
 */
final class TotpSecret implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	static final String ISSUER = "Plex Invite";

	private final byte[] key;

	TotpSecret(byte[] key) {
		this.key = key.clone();
	}

	static TotpSecret generate(SecureRandom random) {
		byte[] key = new byte[20];
		random.nextBytes(key);
		return new TotpSecret(key);
	}

	byte[] key() {
		return this.key.clone();
	}

	String base32() {
		StringBuilder text = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : this.key) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return text.toString();
	}

	/** The base32 in groups of four, easier to type into an app by hand. */
	String grouped() {
		return base32().replaceAll("(.{4})(?!$)", "$1 ");
	}

	String uri(String username) {
		String label = encode(ISSUER + ":" + username);
		return "otpauth://totp/" + label + "?secret=" + base32() + "&issuer=" + encode(ISSUER)
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TotpSecret secret && Arrays.equals(this.key, secret.key);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.key);
	}

	@Override
	public String toString() {
		return "TotpSecret[masked]";
	}

}
