package app.plexinvite.profiles;

/**
 * Why {@link AccessProfiles} would not save, delete or push a profile: the form field it
 * is about (or null for the whole profile) and a message key saying why and what to do.
 */
public class ProfileRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	ProfileRefused(String field, String messageKey, String detail) {
		super(detail);
		this.field = field;
		this.messageKey = messageKey;
	}

	static ProfileRefused field(String field, String messageKey, String detail) {
		return new ProfileRefused(field, messageKey, detail);
	}

	static ProfileRefused whole(String messageKey, String detail) {
		return new ProfileRefused(null, messageKey, detail);
	}

	/** The draft's field it is about, or null. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
