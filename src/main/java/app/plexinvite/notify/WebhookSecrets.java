package app.plexinvite.notify;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import app.plexinvite.crypto.SealedText;

/**
 * Makes endpoint secrets ({@value #PREFIX} and 32 random bytes in base64url: the HMAC key
 * is this whole text's UTF-8 bytes) and seals secrets and ntfy tokens for the database,
 * each under a key of its own derived from SECRET_KEY. Never logs a value.
 */
@Component
class WebhookSecrets {

	static final String PREFIX = "whsec_";

	private static final int SECRET_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final SealedText secrets;

	private final SealedText tokens;

	WebhookSecrets(Environment environment) {
		String key = environment.getRequiredProperty("plexinvite.secret-key");
		this.secrets = new SealedText(key, "plex-invite/webhook-secret/v1", "webhook_endpoint.secret_ciphertext");
		this.tokens = new SealedText(key, "plex-invite/ntfy-token/v1", "webhook_endpoint.token_ciphertext");
	}

	String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	String sealSecret(String secret) {
		return this.secrets.seal(secret.getBytes(StandardCharsets.UTF_8));
	}

	/** The secret; {@link SealedText.Unreadable} when SECRET_KEY changed. */
	String openSecret(String sealed) {
		return new String(this.secrets.open(sealed), StandardCharsets.UTF_8);
	}

	String sealToken(String token) {
		return (token == null) ? null : this.tokens.seal(token.getBytes(StandardCharsets.UTF_8));
	}

	String openToken(String sealed) {
		return new String(this.tokens.open(sealed), StandardCharsets.UTF_8);
	}

}
