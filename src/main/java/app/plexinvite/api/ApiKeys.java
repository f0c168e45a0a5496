package app.plexinvite.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The owner's API keys: made from {@value #RANDOM_CHARACTERS} random base62 characters
 * (SecureRandom, about 256 bits) behind the recognisable prefix {@value #PREFIX}, shown
 * once and stored as their SHA-256 only. A presented key is found by its hash (an index
 * look-up, so how much of a wrong key matched is never timed); its last use is written at
 * most once a {@link #TOUCH_EVERY}.
 */
@Component
class ApiKeys {

	static final String PREFIX = "pik_";

	static final int RANDOM_CHARACTERS = 43;

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final Pattern SHAPE = Pattern.compile(PREFIX + "[0-9A-Za-z]{" + RANDOM_CHARACTERS + "}");

	private static final int SHOWN = PREFIX.length() + 6;

	private final StoredApiKeys keys;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiKeys(StoredApiKeys keys, ObjectProvider<Clock> clock) {
		this.keys = keys;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A new key; the returned secret exists nowhere else. */
	NewKey create(String name, String createdBy) {
		StringBuilder secret = new StringBuilder(PREFIX);
		for (int i = 0; i < RANDOM_CHARACTERS; i++) {
			secret.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		String key = secret.toString();
		long id = this.keys.insert(name.strip(), key.substring(0, SHOWN), hash(key), createdBy, this.clock.instant());
		return new NewKey(this.keys.find(id).orElseThrow(), key);
	}

	List<ApiKey> all() {
		return this.keys.findAll();
	}

	Optional<ApiKey> find(long id) {
		return this.keys.find(id);
	}

	/** Whether this call revoked it (false: unknown, or revoked already). */
	boolean revoke(long id) {
		return this.keys.revoke(id, this.clock.instant());
	}

	/** The active key this is, with its last use recorded; empty for anything else. */
	Optional<ApiKey> authenticate(String presented) {
		if (presented == null || !SHAPE.matcher(presented).matches()) {
			return Optional.empty();
		}
		Optional<ApiKey> key = this.keys.findByHash(hash(presented)).filter(ApiKey::active);
		key.ifPresent(this::touch);
		return key;
	}

	private void touch(ApiKey key) {
		Instant now = this.clock.instant();
		Instant stale = now.minus(TOUCH_EVERY);
		if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(stale)) {
			this.keys.touch(key.id(), now, stale);
		}
	}

	/** Lower-case hex SHA-256 of the key's UTF-8 bytes: what the table keeps. */
	static String hash(String key) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A key just made.
	 *
	 * @param key what is stored
	 * @param secret the key itself, to be shown once
	 */
	record NewKey(ApiKey key, String secret) {

		@Override
		public String toString() {
			return "NewKey[" + this.key + "]";
		}

	}

}
