package app.plexinvite.users;

/**
 * Why an action on a person was not done; thrown inside {@link PersonChanges#attempt} and
 * handed back as its {@link ActionResult}, never beyond.
 */
final class ActionRefused extends RuntimeException {

	private final transient ActionResult result;

	ActionRefused(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.result = ActionResult.refused(messageKey, args);
	}

	ActionResult result() {
		return this.result;
	}

}
