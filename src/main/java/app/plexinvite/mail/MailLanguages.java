package app.plexinvite.mail;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The languages e-mails are written in (message bundle
 * {@code mail/messages*.properties}). Adding one is a new bundle file and a line here.
 */
final class MailLanguages {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

	private MailLanguages() {
	}

	/** The supported language closest to the wish, else the fallback. */
	static Locale resolve(@Nullable Locale wish, Locale fallback) {
		if (wish == null) {
			return fallback;
		}
		return SUPPORTED.stream()
			.filter((supported) -> supported.getLanguage().equals(wish.getLanguage()))
			.findFirst()
			.orElse(fallback);
	}

	/**
	 * A language tag from a form or the database; English when it is not one we write.
	 */
	static Locale parse(@Nullable String tag) {
		return (tag == null || tag.isBlank()) ? Locale.ENGLISH
				: resolve(Locale.forLanguageTag(tag.strip()), Locale.ENGLISH);
	}

	static boolean supported(@Nullable String tag) {
		return tag != null && SUPPORTED.stream().anyMatch((locale) -> locale.getLanguage().equals(tag.strip()));
	}

}
