package app.plexinvite.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The owner's password check. Verifies the hash formats owners may already have in
 * {@code ADMIN_PASSWORD_HASH}: werkzeug {@code pbkdf2:…} and {@code scrypt:…} (what the
 * Flask app's README told them to generate), bcrypt ({@code $2a$}, {@code $2b$},
 * {@code $2y$}) and argon2 ({@code $argon2id$}, {@code $argon2i$}, {@code $argon2d$}).
 * New hashes are argon2id.
 * <p>
 * A hash in an unknown, malformed or too costly format never matches and never throws;
 * one WARN line names its family, never the hash. Start-up should call
 * {@link #unsupportedReason(String)} to refuse such a hash with a clear message.
 */
public final class PasswordHashes implements PasswordEncoder {

	private static final Logger log = LoggerFactory.getLogger(PasswordHashes.class);

	private static final int BCRYPT_MAX_BYTES = 72;

	private static final String UNKNOWN_REASON = "not a bcrypt, argon2 or werkzeug pbkdf2/scrypt hash";

	/**
	 * OWASP Password Storage Cheat Sheet: argon2id with at least 19 MiB of memory, 2
	 * iterations and 1 degree of parallelism; 16-byte salt, 32-byte hash.
	 */
	private static final String CURRENT_ARGON2_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";

	private final Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

	/** A new argon2id hash of the password, in PHC form ({@code $argon2id$v=19$m=…}). */
	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return this.argon2.encode(rawPassword);
	}

	/**
	 * Whether a hash should be replaced by a new {@link #encode} after the password
	 * matched: anything but argon2id with today's parameters (bcrypt, werkzeug, older
	 * argon2).
	 */
	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return encodedPassword == null || !encodedPassword.startsWith(CURRENT_ARGON2_PREFIX);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (rawPassword == null || rawPassword.isEmpty() || encodedPassword == null || encodedPassword.isEmpty()) {
			return false;
		}
		HashFamily family = HashFamily.of(encodedPassword);
		try {
			return verify(family, rawPassword.toString(), encodedPassword);
		}
		catch (UnsupportedHashFormat ex) {
			log.warn("Refused a password hash ({} format): {}", family.label(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Refused a password hash ({} format): {}", family.label(), ex.getClass().getSimpleName());
		}
		return false;
	}

	private boolean verify(HashFamily family, String rawPassword, String encoded) {
		return switch (family) {
			case WERKZEUG_PBKDF2, WERKZEUG_SCRYPT -> WerkzeugVerifier.matches(WerkzeugHash.parse(encoded), rawPassword);
			case BCRYPT -> BCrypt.checkpw(bcryptKey(rawPassword), ModularCryptFormats.checkedBcrypt(encoded));
			case ARGON2 -> this.argon2.matches(rawPassword, ModularCryptFormats.checkedArgon2(encoded));
			case UNKNOWN -> throw new UnsupportedHashFormat(UNKNOWN_REASON);
		};
	}

	/**
	 * bcrypt reads at most 72 bytes of the password; longer ones are cut there, as the
	 * original OpenBSD bcrypt and older Python bcrypt do (Spring's encoder would refuse
	 * them instead).
	 */
	private static byte[] bcryptKey(String rawPassword) {
		byte[] bytes = rawPassword.getBytes(StandardCharsets.UTF_8);
		return (bytes.length > BCRYPT_MAX_BYTES) ? Arrays.copyOf(bytes, BCRYPT_MAX_BYTES) : bytes;
	}

	/** Whether {@link #matches} can check a password against this hash. */
	public static boolean isSupported(@Nullable String encoded) {
		return unsupportedReason(encoded).isEmpty();
	}

	/**
	 * Why this hash cannot be used, as a short phrase that reads after
	 * "ADMIN_PASSWORD_HASH is " (for example "not a bcrypt, argon2 or werkzeug
	 * pbkdf2/scrypt hash"); empty when it is supported. The reason never quotes the hash.
	 */
	public static Optional<String> unsupportedReason(@Nullable String encoded) {
		if (encoded == null || encoded.isBlank()) {
			return Optional.of("empty");
		}
		try {
			switch (HashFamily.of(encoded)) {
				case WERKZEUG_PBKDF2, WERKZEUG_SCRYPT -> WerkzeugHash.parse(encoded);
				case BCRYPT -> ModularCryptFormats.checkedBcrypt(encoded);
				case ARGON2 -> ModularCryptFormats.checkedArgon2(encoded);
				case UNKNOWN -> {
					return Optional.of(UNKNOWN_REASON);
				}
			}
			return Optional.empty();
		}
		catch (UnsupportedHashFormat ex) {
			return Optional.of(ex.getMessage());
		}
	}

}
