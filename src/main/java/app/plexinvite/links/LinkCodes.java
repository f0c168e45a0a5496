package app.plexinvite.links;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Link codes: random ones of 20 characters from an alphabet without look-alikes (no 0, o,
 * 1, i, l; lower case only, since codes match case-insensitively), about 99 bits from
 * SecureRandom; or the owner's own, 8 to 64 (shorter ones could be guessed) of A-Z, a-z,
 * 0-9, _ and -.
 */
final class LinkCodes {

	static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	static final int RANDOM_LENGTH = 20;

	private static final Pattern CUSTOM = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private static final SecureRandom random = new SecureRandom();

	private LinkCodes() {
	}

	static String random() {
		StringBuilder code = new StringBuilder(RANDOM_LENGTH);
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The message key saying what is wrong with an owner's code, or null when fine. */
	static String problemWith(String custom) {
		if (custom == null || custom.isBlank()) {
			return "admin.links.code.required";
		}
		if (custom.length() < 8 || custom.length() > 64) {
			return "admin.links.code.length";
		}
		return CUSTOM.matcher(custom).matches() ? null : "admin.links.code.characters";
	}

	/** What codes are compared by: case does not matter. */
	static String key(String code) {
		return code.toLowerCase(Locale.ROOT);
	}

}
