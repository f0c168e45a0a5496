package app.plexinvite.security;

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
 * Encrypts TOTP secrets for the database as plex's TokenCipher does the Plex token:
 * AES-256-GCM, random 96-bit nonce, key from SECRET_KEY by HKDF-SHA256 (RFC 5869) with
 * its own info {@value #INFO}, so the two keys differ. Stored as {@code v1.} and the
 * base64url of nonce, ciphertext and tag; the column name is the associated data. Its own
 * small copy, because {@code security} depends on no feature.
 */
final class TotpSecretCipher {

	static final String SALT = "plex-invite";

	static final String INFO = "plex-invite/owner-totp/v1";

	private static final String VERSION = "v1.";

	private static final int NONCE_BYTES = 12;

	private static final byte[] AAD = "owner_totp.secret_ciphertext".getBytes(StandardCharsets.UTF_8);

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	TotpSecretCipher(String secretKey) {
		if (secretKey == null || secretKey.isEmpty()) {
			throw new IllegalArgumentException("SECRET_KEY is needed to encrypt TOTP secrets");
		}
		HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
		hkdf.init(new HKDFParameters(secretKey.getBytes(StandardCharsets.UTF_8), SALT.getBytes(StandardCharsets.UTF_8),
				INFO.getBytes(StandardCharsets.UTF_8)));
		byte[] bytes = new byte[32];
		hkdf.generateBytes(bytes, 0, bytes.length);
		this.key = new SecretKeySpec(bytes, "AES");
	}

	String encrypt(TotpSecret secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(secret.key());
			byte[] all = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, all, NONCE_BYTES, sealed.length);
			return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * The secret, or an IllegalStateException without the value when SECRET_KEY is not
	 * the one it was stored with (then reset-admin removes the TOTP).
	 */
	TotpSecret decrypt(String stored) {
		try {
			if (!stored.startsWith(VERSION)) {
				throw new IllegalArgumentException("unknown format");
			}
			byte[] all = Base64.getUrlDecoder().decode(stored.substring(VERSION.length()));
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES));
			return new TotpSecret(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES));
		}
		catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			throw new IllegalStateException(
					"A stored TOTP secret cannot be read with this SECRET_KEY;" + " run reset-admin to remove it");
		}
	}

	private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(128, nonce));
		cipher.updateAAD(AAD);
		return cipher;
	}

}
