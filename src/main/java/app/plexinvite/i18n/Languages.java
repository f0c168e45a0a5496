package app.plexinvite.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages Plex Invite speaks, pages and e-mails alike: the one list. Adding a
 * language is a line here plus its {@code messages_<x>.properties} and
 * {@code mail/messages_<x>.properties}.
 */
public final class Languages {

	/** English first: the fallback. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
			Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("nl"), Locale.ITALIAN,
			Locale.forLanguageTag("sv"));

	public static final Locale FALLBACK = Locale.ENGLISH;

	private Languages() {
	}

	/**
	 * The supported language a tag names exactly ({@code pt-BR}, {@code pt_br},
	 * {@code de}).
	 */
	public static Optional<Locale> exact(@Nullable String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 35) {
			return Optional.empty();
		}
		Locale wanted = Locale.forLanguageTag(tag.strip().replace('_', '-'));
		return SUPPORTED.stream()
			.filter((supported) -> supported.equals(wanted)
					|| supported.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag()))
			.findFirst();
	}

	/**
	 * The supported language closest to a wish: the same language (its region ignored;
	 * every Portuguese is pt-BR), or empty.
	 */
	public static Optional<Locale> closest(@Nullable Locale wish) {
		if (wish == null || wish.getLanguage().isEmpty()) {
			return Optional.empty();
		}
		return SUPPORTED.stream().filter((supported) -> supported.getLanguage().equals(wish.getLanguage())).findFirst();
	}

	/** The tags of {@link #SUPPORTED}, for messages: "en, de, fr, …". */
	public static String tags() {
		return String.join(", ", SUPPORTED.stream().map(Locale::toLanguageTag).toList());
	}

	/**
	 * A language's own name for itself, capitalised as it starts a list item: "Deutsch",
	 * "Français", "Português (Brasil)".
	 */
	public static String nativeName(Locale language) {
		String name = language.getDisplayName(language);
		return name.isEmpty() ? language.toLanguageTag()
				: name.substring(0, 1).toUpperCase(language) + name.substring(1);
	}

}
