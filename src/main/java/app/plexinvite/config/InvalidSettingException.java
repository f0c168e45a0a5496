package app.plexinvite.config;

/**
 * A setting whose value cannot work; start-up stops and the owner reads one line naming
 * it.
 */
class InvalidSettingException extends RuntimeException {

	private final String variable;

	private final String problem;

	InvalidSettingException(String variable, String problem) {
		super(variable + " " + problem);
		this.variable = variable;
		this.problem = problem;
	}

	String variable() {
		return this.variable;
	}

	String problem() {
		return this.problem;
	}

}
