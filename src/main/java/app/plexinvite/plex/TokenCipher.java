package app.plexinvite.plex;

import java.nio.charset.StandardCharsets;

import app.plexinvite.crypto.SealedText;

/**
 * Encrypts the owner's Plex token for the database ({@link SealedText}, info
 * {@value #INFO}). Another SECRET_KEY cannot read it: {@link UnreadableToken} says so.
 */
final class TokenCipher {

	static final String INFO = "plex-invite/plex-token/v1";

	private final SealedText sealed;

	TokenCipher(String secretKey) {
		if (secretKey == null || secretKey.isEmpty()) {
			throw new IllegalArgumentException("SECRET_KEY is needed to encrypt the Plex token");
		}
		this.sealed = new SealedText(secretKey, INFO, "plex_credentials.token_ciphertext");
	}

	String encrypt(PlexToken token) {
		return this.sealed.seal(token.value().getBytes(StandardCharsets.UTF_8));
	}

	PlexToken decrypt(String stored) {
		try {
			return new PlexToken(new String(this.sealed.open(stored), StandardCharsets.UTF_8));
		}
		catch (SealedText.Unreadable ex) {
			throw new UnreadableToken(ex.getMessage());
		}
	}

	/** The stored token cannot be decrypted; the reason never contains the token. */
	static final class UnreadableToken extends RuntimeException {

		UnreadableToken(String reason) {
			super("The stored Plex token cannot be read: " + reason);
		}

	}

}
