package app.plexinvite.security;

import app.plexinvite.crypto.SealedText;

/**
 * Encrypts TOTP secrets for the database ({@link SealedText}, info {@value #INFO}: a key
 * of its own, not the Plex token's).
 */
final class TotpSecretCipher {

	static final String INFO = "plex-invite/owner-totp/v1";

	private final SealedText sealed;

	TotpSecretCipher(String secretKey) {
		if (secretKey == null || secretKey.isEmpty()) {
			throw new IllegalArgumentException("SECRET_KEY is needed to encrypt TOTP secrets");
		}
		this.sealed = new SealedText(secretKey, INFO, "owner_totp.secret_ciphertext");
	}

	String encrypt(TotpSecret secret) {
		return this.sealed.seal(secret.key());
	}

	/**
	 * The secret, or an IllegalStateException without the value when SECRET_KEY is not
	 * the one it was stored with (then reset-admin removes the TOTP).
	 */
	TotpSecret decrypt(String stored) {
		try {
			return new TotpSecret(this.sealed.open(stored));
		}
		catch (SealedText.Unreadable ex) {
			throw new IllegalStateException(
					"A stored TOTP secret cannot be read with this SECRET_KEY; run reset-admin to remove it");
		}
	}

}
