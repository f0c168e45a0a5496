package app.plexinvite.batch;

/**
 * Why a whole file is refused: a message key (and its argument) for the upload page.
 */
final class CsvProblem extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	private CsvProblem(String messageKey, Object... arguments) {
		super("Batch file refused: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	static CsvProblem of(String messageKey, Object... arguments) {
		return new CsvProblem(messageKey, arguments);
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
