package app.plexinvite.users;

import java.io.Serializable;
import java.util.List;

/**
 * What an action on a person did. The message key is in messages.properties
 * ({@code people.result.*}); the arguments fill its placeholders.
 *
 * @param ok whether it was done
 * @param messageKey what to tell the owner
 * @param args the message's arguments (person's name first)
 */
public record ActionResult(boolean ok, String messageKey, List<Object> args) implements Serializable {

	public ActionResult {
		args = List.copyOf(args);
	}

	public static ActionResult done(String messageKey, Object... args) {
		return new ActionResult(true, messageKey, List.of(args));
	}

	public static ActionResult refused(String messageKey, Object... args) {
		return new ActionResult(false, messageKey, List.of(args));
	}

}
