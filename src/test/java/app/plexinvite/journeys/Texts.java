package app.plexinvite.journeys;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The app's own words, so the journeys check the right page without copying its wording.
 */
record Texts(MessageSource messages, Locale locale) {

	Texts(MessageSource messages) {
		this(messages, Locale.ENGLISH);
	}

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/** The same words in another language. */
	Texts in(Locale other) {
		return new Texts(this.messages, other);
	}

}
