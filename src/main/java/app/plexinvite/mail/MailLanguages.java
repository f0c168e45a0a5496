package app.plexinvite.mail;

import java.util.List;
import java.util.Locale;

import app.plexinvite.i18n.Languages;
import org.jspecify.annotations.Nullable;

/**
 * The languages e-mails are written in (message bundle
 * {@code mail/messages*.properties}): those of the pages ({@link Languages#SUPPORTED}),
 * so adding one is a line there and one more bundle file.
 */
final class MailLanguages {

	static final List<Locale> SUPPORTED = Languages.SUPPORTED;

	private MailLanguages() {
	}

	/**
	 * The supported language closest to the wish (pt-PT writes pt-BR), else the fallback.
	 */
	static Locale resolve(@Nullable Locale wish, Locale fallback) {
		return Languages.closest(wish).orElse(fallback);
	}

	/**
	 * A language tag from a form or the database; English when it is not one we write.
	 */
	static Locale parse(@Nullable String tag) {
		return Languages.exact(tag)
			.or(() -> (tag == null || tag.isBlank()) ? java.util.Optional.empty()
					: Languages.closest(Locale.forLanguageTag(tag.strip().replace('_', '-'))))
			.orElse(Locale.ENGLISH);
	}

	static boolean supported(@Nullable String tag) {
		return tag != null && !tag.isBlank() && (Languages.exact(tag).isPresent()
				|| SUPPORTED.stream().anyMatch((l) -> l.getLanguage().equals(tag.strip())));
	}

}
