package app.plexinvite.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The owners' optional second sign-in step: a TOTP code from an authenticator app (the
 * current 30-second step ±1, each step used once) or one of {@value #RECOVERY_CODES}
 * single-use recovery codes, stored hashed like passwords.
 */
final class SecondFactors {

	static final int RECOVERY_CODES = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final StoredSecondFactors store;

	private final TotpSecretCipher cipher;

	private final PasswordEncoder hashes;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SecondFactors(StoredSecondFactors store, TotpSecretCipher cipher, PasswordEncoder hashes, Clock clock) {
		this.store = store;
		this.cipher = cipher;
		this.hashes = hashes;
		this.clock = clock;
	}

	boolean enabled(String username) {
		return this.store.secretOf(username).isPresent();
	}

	TotpSecret newSecret() {
		return TotpSecret.generate(this.random);
	}

	/**
	 * Turns TOTP on when the code matches the new secret; the recovery codes to show
	 * once, or empty for a wrong code.
	 */
	Optional<List<String>> enable(String username, TotpSecret secret, String code) {
		OptionalLong step = Totp.matchingStep(secret.key(), digits(code), this.clock.instant());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		this.store.saveSecret(username, this.cipher.encrypt(secret), step.getAsLong(), this.clock.instant());
		List<String> codes = new ArrayList<>();
		List<String> hashed = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = recoveryCode();
			codes.add(recovery.substring(0, 5) + "-" + recovery.substring(5));
			hashed.add(this.hashes.encode(recovery));
		}
		this.store.replaceRecoveryCodes(username, hashed);
		return Optional.of(List.copyOf(codes));
	}

	/** Turns TOTP off when the code (TOTP or recovery) is right. */
	boolean disable(String username, String code) {
		return verify(username, code) && this.store.remove(username);
	}

	int recoveryCodesLeft(String username) {
		return this.store.unusedRecoveryCodes(username).size();
	}

	/**
	 * Whether the code is this owner's current TOTP code (not used before) or an unused
	 * recovery code, which is then used up.
	 */
	boolean verify(String username, String code) {
		Optional<String> stored = this.store.secretOf(username);
		if (stored.isEmpty() || code == null) {
			return false;
		}
		String digits = digits(code);
		if (digits.length() == Totp.DIGITS && digits.chars().allMatch(Character::isDigit)) {
			OptionalLong step = Totp.matchingStep(this.cipher.decrypt(stored.get()).key(), digits,
					this.clock.instant());
			return step.isPresent() && this.store.useStep(username, step.getAsLong());
		}
		String recovery = digits.replace("-", "").toLowerCase(Locale.ROOT);
		if (recovery.length() != 10) {
			return false;
		}
		for (StoredSecondFactors.RecoveryCode candidate : this.store.unusedRecoveryCodes(username)) {
			if (this.hashes.matches(recovery, candidate.hash())) {
				return this.store.useRecoveryCode(candidate.id(), this.clock.instant());
			}
		}
		return false;
	}

	private static String digits(String code) {
		return (code != null) ? code.replaceAll("\\s", "") : "";
	}

	private String recoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
