package app.plexinvite.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An answer of the API that is not a success, as an RFC 9457 problem: the status, the
 * last part of its type URI ({@link ApiProblems#TYPE_PREFIX}), a sentence for the caller
 * and, for validation, the fields that are wrong. Never carries an exception's text.
 */
class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final transient List<FieldProblem> errors;

	ApiProblem(HttpStatus status, String type, String detail, List<FieldProblem> errors) {
		super(detail, null, false, false);
		this.status = status;
		this.type = type;
		this.errors = List.copyOf(errors);
	}

	static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", detail, List.of());
	}

	/** The thing exists but its state does not allow this (approve a denied request). */
	static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "conflict", detail, List.of());
	}

	/** A value that parsed but breaks a rule: 422 with the field named. */
	static ApiProblem invalid(String field, String message) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "A field is not valid; see errors.",
				List.of(new FieldProblem(field, message)));
	}

	/** Plex refused or could not be reached; nothing was changed. */
	static ApiProblem plexFailed(String detail) {
		return new ApiProblem(HttpStatus.BAD_GATEWAY, "plex-failed", detail, List.of());
	}

	HttpStatus status() {
		return this.status;
	}

	String type() {
		return this.type;
	}

	List<FieldProblem> errors() {
		return this.errors;
	}

	/**
	 * One field that is wrong.
	 *
	 * @param field the field (JSON property or query parameter)
	 * @param message what is wrong with it
	 */
	record FieldProblem(String field, String message) {
	}

}
