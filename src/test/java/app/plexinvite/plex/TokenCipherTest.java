package app.plexinvite.plex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokenCipherTest {

	private static final PlexToken TOKEN = new PlexToken("owner-token-abc123");

	@Test
	void readsBackWhatItEncryptedWithTheSameSecretKey() {
		String stored = new TokenCipher("secret one").encrypt(TOKEN);

		assertThat(new TokenCipher("secret one").decrypt(stored)).isEqualTo(TOKEN);
	}

	@Test
	void neverStoresTheTokenInTheClearAndNeverTheSameTextTwice() {
		TokenCipher cipher = new TokenCipher("secret one");
		String first = cipher.encrypt(TOKEN);
		String second = cipher.encrypt(TOKEN);

		assertThat(first).startsWith("v1.").doesNotContain(TOKEN.value()).isNotEqualTo(second);
	}

	@Test
	void saysClearlyThatAnotherSecretKeyCannotReadIt() {
		String stored = new TokenCipher("secret one").encrypt(TOKEN);

		assertThatExceptionOfType(TokenCipher.UnreadableToken.class)
			.isThrownBy(() -> new TokenCipher("secret two").decrypt(stored))
			.withMessage("The stored Plex token cannot be read: SECRET_KEY is not the one it was stored with");
	}

	@Test
	void refusesATamperedOrForeignValue() {
		String stored = new TokenCipher("secret one").encrypt(TOKEN);
		// A character inside the ciphertext (the last one may carry only padding bits).
		int at = stored.length() - 10;
		String tampered = stored.substring(0, at) + ((stored.charAt(at) == 'A') ? 'B' : 'A') + stored.substring(at + 1);

		assertThatExceptionOfType(TokenCipher.UnreadableToken.class)
			.isThrownBy(() -> new TokenCipher("secret one").decrypt(tampered));
		assertThatExceptionOfType(TokenCipher.UnreadableToken.class)
			.isThrownBy(() -> new TokenCipher("secret one").decrypt(TOKEN.value()))
			.withMessageContaining("not in a format");
	}

}
