package app.plexinvite.links;

/**
 * A link draft the rules refuse: which form field is wrong and a message key saying why.
 */
public class LinkProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	LinkProblem(String field, String messageKey) {
		super("Link field " + field + " refused: " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
