package app.plexinvite.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of the log. Publishers name people, links and profiles, never codes
 * or tokens; this is the net beneath them. Masked: the value after a secret-sounding name
 * ({@code token=…}, {@code password: …}, {@code X-Plex-Token=…}), JSON web tokens, and
 * any unbroken run that looks random: 20 or more letters, digits, {@code _ - + / =}, or
 * 16 or more with both letters and digits. Plex tokens are 20 characters or JWTs
 * (plex-protocol.md §0.3), random link codes 20 and password hashes longer, so all are
 * caught; a rare long username is masked too, the price of never keeping a token.
 */
final class Secrets {

	static final String MASK = "[masked]";

	private static final Pattern NAMED = Pattern
		.compile("(?i)\\b(x-plex-token|access[_-]?token|token|password|passwd|pwd|secret|code|pin|api[_-]?key)"
				+ "(\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&]+)");

	private static final Pattern JWT = Pattern.compile("eyJ[\\w-]*\\.[\\w-]+(?:\\.[\\w-]*)?");

	private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_+/=$-]{16,}");

	private Secrets() {
	}

	/**
	 * The text on one line, masked and cut to {@code max} characters; null when there is
	 * no text.
	 */
	static String clean(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String masked = mask(text.replaceAll("\\p{Cntrl}+", " ").strip());
		return (masked.length() <= max) ? masked : masked.substring(0, max - 1) + "…";
	}

	static String mask(String text) {
		String named = NAMED.matcher(text).replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
		String noJwt = JWT.matcher(named).replaceAll(MASK);
		return RUN.matcher(noJwt)
			.replaceAll((m) -> looksRandom(m.group()) ? MASK : Matcher.quoteReplacement(m.group()));
	}

	private static boolean looksRandom(String run) {
		return run.length() >= 20
				|| (run.chars().anyMatch(Character::isLetter) && run.chars().anyMatch(Character::isDigit));
	}

}
