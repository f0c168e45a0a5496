package app.plexinvite.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Seals bytes for one database column: AES-256-GCM with a random 96-bit nonce, under a
 * key derived from SECRET_KEY with HKDF-SHA256 (RFC 5869; salt {@value #SALT}, an info
 * string per use, 32 bytes), the column's name as associated data so a value copied to
 * another column does not open. Stored as {@code v1.} and the base64url of nonce,
 * ciphertext and tag.
 */
public final class SealedText {

	static final String SALT = "plex-invite";

	private static final String VERSION = "v1.";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final byte[] column;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param secretKey SECRET_KEY
	 * @param info what the key is for, e.g. {@code plex-invite/plex-token/v1}
	 * @param column the table and column the sealed value lives in
	 */
	public SealedText(String secretKey, String info, String column) {
		if (secretKey == null || secretKey.isEmpty()) {
			throw new IllegalArgumentException("SECRET_KEY is needed to encrypt " + column);
		}
		HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
		hkdf.init(new HKDFParameters(secretKey.getBytes(StandardCharsets.UTF_8), SALT.getBytes(StandardCharsets.UTF_8),
				info.getBytes(StandardCharsets.UTF_8)));
		byte[] bytes = new byte[32];
		hkdf.generateBytes(bytes, 0, bytes.length);
		this.key = new SecretKeySpec(bytes, "AES");
		this.column = column.getBytes(StandardCharsets.UTF_8);
	}

	public String seal(byte[] plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plain);
			byte[] all = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, all, NONCE_BYTES, sealed.length);
			return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * The plain bytes; {@link Unreadable} (never with the value) when it does not open.
	 */
	public byte[] open(String stored) {
		if (stored == null || !stored.startsWith(VERSION)) {
			throw new Unreadable("it is not in a format this version knows");
		}
		try {
			byte[] all = Base64.getUrlDecoder().decode(stored.substring(VERSION.length()));
			if (all.length <= NONCE_BYTES) {
				throw new Unreadable("it is truncated");
			}
			return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES)).doFinal(all, NONCE_BYTES,
					all.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new Unreadable("SECRET_KEY is not the one it was stored with");
		}
	}

	private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(this.column);
		return cipher;
	}

	/** A sealed value that cannot be opened; the reason never contains the value. */
	public static final class Unreadable extends RuntimeException {

		Unreadable(String reason) {
			super(reason);
		}

	}

}
