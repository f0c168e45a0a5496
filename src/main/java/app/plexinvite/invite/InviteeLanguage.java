package app.plexinvite.invite;

import java.util.Locale;

/**
 * The invitee's language as stored for notifications: a well-formed BCP 47 tag (such as
 * {@code de-DE}) of at most {@value #MAX_TAG} characters, never the raw Accept-Language
 * header; null when unknown.
 */
public final class InviteeLanguage {

	/** The locale columns' size. */
	public static final int MAX_TAG = 35;

	private InviteeLanguage() {
	}

	/** The tag to store, or null when the locale is missing, undetermined or too long. */
	public static String tag(Locale locale) {
		if (locale == null) {
			return null;
		}
		String tag = locale.toLanguageTag();
		return ("und".equals(tag) || tag.length() > MAX_TAG) ? null : tag;
	}

	/** The locale worth keeping, or null (see {@link #tag}). */
	public static Locale usable(Locale locale) {
		return parse(tag(locale));
	}

	/** A stored tag back as a locale, or null when there is none. */
	public static Locale parse(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > MAX_TAG) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(tag.strip());
		return "und".equals(locale.toLanguageTag()) ? null : locale;
	}

}
