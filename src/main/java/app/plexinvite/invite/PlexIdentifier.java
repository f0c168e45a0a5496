package app.plexinvite.invite;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Plex username or e-mail address as a person typed it: trimmed, NFKC-normalised (so
 * full-width "ａｌｉｃｅ" becomes "alice"), checked, and with a lower-case {@link #key()} that
 * compares accounts case-insensitively.
 *
 * <p>
 * Usernames: ASCII letters, digits, {@code .}, {@code _}, {@code -}, 1 to 64 characters.
 * No public source documents Plex's username alphabet (plex-protocol.md is silent; Plex's
 * own help only says a default username is made from the e-mail's local part plus digits,
 * mrmelt.info "How to access Plex"), so this is the conservative rule: it refuses every
 * look-alike letter from another script, e.g. the Cyrillic "а" in "аlice".
 *
 * @param value what is sent to Plex
 * @param key what identifies the account here (lower case)
 * @param email whether it is an e-mail address
 */
record PlexIdentifier(String value, String key, boolean email) {

	static final int MAX_EMAIL = 254;

	static final int MAX_USERNAME = 64;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Pattern LOCAL_PART = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern DOMAIN = Pattern
		.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

	/**
	 * The identifier in {@code typed}, or {@link Invalid} naming the message key of the
	 * problem.
	 */
	static PlexIdentifier parse(String typed) {
		String value = (typed != null) ? Normalizer.normalize(typed, Normalizer.Form.NFKC).strip() : "";
		if (value.isEmpty()) {
			throw new Invalid("invite.identifier.required");
		}
		if (!value.chars().allMatch((c) -> c < 128)) {
			throw new Invalid(
					ScriptCheck.mixesLatin(value) ? "invite.identifier.mixed-script" : "invite.identifier.not-ascii");
		}
		boolean email = value.contains("@");
		if (email) {
			checkEmail(value);
		}
		else if (value.length() > MAX_USERNAME) {
			throw new Invalid("invite.identifier.username-too-long");
		}
		else if (!USERNAME.matcher(value).matches()) {
			throw new Invalid("invite.identifier.username-invalid");
		}
		return new PlexIdentifier(value, value.toLowerCase(Locale.ROOT), email);
	}

	private static void checkEmail(String value) {
		if (value.length() > MAX_EMAIL) {
			throw new Invalid("invite.identifier.email-too-long");
		}
		int at = value.lastIndexOf('@');
		String local = value.substring(0, at);
		String domain = value.substring(at + 1);
		if (local.length() > 64 || !LOCAL_PART.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
			throw new Invalid("invite.identifier.email-invalid");
		}
	}

	/** Why a typed identifier is refused, as a message key for the form. */
	static final class Invalid extends IllegalArgumentException {

		private final String messageKey;

		Invalid(String messageKey) {
			super("Refused Plex identifier: " + messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	/** Which scripts the letters of a text belong to. */
	private static final class ScriptCheck {

		/** Whether Latin letters appear beside letters of another script (homoglyphs). */
		static boolean mixesLatin(String value) {
			boolean latin = value.codePoints()
				.anyMatch(
						(c) -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
			boolean other = value.codePoints()
				.anyMatch(
						(c) -> Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
			return latin && other;
		}

	}

}
