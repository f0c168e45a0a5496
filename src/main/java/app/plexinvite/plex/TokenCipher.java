package app.plexinvite.plex;

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
 * Encrypts the owner's Plex token for the database: AES-256-GCM with a random 96-bit
 * nonce, under a key derived from SECRET_KEY with HKDF-SHA256 (RFC 5869; salt
 * {@value #SALT}, info {@value #INFO}, 32 bytes). Stored as {@code v1.} and the base64url
 * of nonce, ciphertext and tag. Another SECRET_KEY cannot read it:
 * {@link UnreadableToken} says so.
 */
final class TokenCipher {

	static final String SALT = "plex-invite";

	static final String INFO = "plex-invite/plex-token/v1";

	private static final String VERSION = "v1.";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	/**
	 * Binds the ciphertext to its use: a value copied to another column does not open.
	 */
	private static final byte[] AAD = "plex_credentials.token_ciphertext".getBytes(StandardCharsets.UTF_8);

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	TokenCipher(String secretKey) {
		if (secretKey == null || secretKey.isEmpty()) {
			throw new IllegalArgumentException("SECRET_KEY is needed to encrypt the Plex token");
		}
		HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
		hkdf.init(new HKDFParameters(secretKey.getBytes(StandardCharsets.UTF_8), SALT.getBytes(StandardCharsets.UTF_8),
				INFO.getBytes(StandardCharsets.UTF_8)));
		byte[] bytes = new byte[32];
		hkdf.generateBytes(bytes, 0, bytes.length);
		this.key = new SecretKeySpec(bytes, "AES");
	}

	String encrypt(PlexToken token) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
			byte[] sealed = cipher.doFinal(token.value().getBytes(StandardCharsets.UTF_8));
			byte[] all = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, all, NONCE_BYTES, sealed.length);
			return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	PlexToken decrypt(String stored) {
		if (stored == null || !stored.startsWith(VERSION)) {
			throw new UnreadableToken("it is not in a format this version knows");
		}
		try {
			byte[] all = Base64.getUrlDecoder().decode(stored.substring(VERSION.length()));
			if (all.length <= NONCE_BYTES) {
				throw new UnreadableToken("it is truncated");
			}
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES));
			byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
			return new PlexToken(new String(plain, StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new UnreadableToken("SECRET_KEY is not the one it was stored with");
		}
	}

	private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(AAD);
		return cipher;
	}

	/** The stored token cannot be decrypted; the reason never contains the token. */
	static final class UnreadableToken extends RuntimeException {

		UnreadableToken(String reason) {
			super("The stored Plex token cannot be read: " + reason);
		}

	}

}
