package app.plexinvite.journeys;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The app's own words, so the journeys check the right page without copying its wording.
 */
record Texts(MessageSource messages) {

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
