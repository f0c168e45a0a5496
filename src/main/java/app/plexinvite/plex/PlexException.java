package app.plexinvite.plex;

import java.util.Optional;

/**
 * Every failure of a Plex call. Carries a {@link Reason} (with a message key for the
 * owner's pages), the HTTP status when there was one, and the message Plex put in its
 * answer (never the raw body, which is logged once, and never a token).
 */
public class PlexException extends RuntimeException {

	private final Reason reason;

	private final Integer httpStatus;

	private final String plexMessage;

	private final String messageKey;

	PlexException(Reason reason, Integer httpStatus, String plexMessage, Throwable cause) {
		this(describe(reason, httpStatus, plexMessage), reason, httpStatus, plexMessage, cause, reason.messageKey());
	}

	private PlexException(String text, Reason reason, Integer httpStatus, String plexMessage, Throwable cause,
			String messageKey) {
		super(text, cause);
		this.reason = reason;
		this.httpStatus = httpStatus;
		this.plexMessage = plexMessage;
		this.messageKey = messageKey;
	}

	static PlexException of(Reason reason, String detail) {
		return new PlexException(reason, null, detail, null);
	}

	/**
	 * {@code NOT_CONFIGURED} with its own message key, for a case the reason's sentence
	 * does not cover (a stored token this SECRET_KEY cannot read).
	 */
	static PlexException notConfigured(String detail, String messageKey) {
		return new PlexException(Reason.NOT_CONFIGURED.description() + ": " + detail, Reason.NOT_CONFIGURED, null, null,
				null, messageKey);
	}

	private static String describe(Reason reason, Integer status, String plexMessage) {
		StringBuilder text = new StringBuilder(reason.description());
		if (status != null) {
			text.append(" (HTTP ").append(status).append(')');
		}
		if (plexMessage != null && !plexMessage.isBlank()) {
			text.append(": ").append(plexMessage);
		}
		return text.toString();
	}

	public Reason reason() {
		return this.reason;
	}

	/** The owner's message for this failure: usually the reason's. */
	public String messageKey() {
		return this.messageKey;
	}

	public Optional<Integer> httpStatus() {
		return Optional.ofNullable(this.httpStatus);
	}

	public Optional<String> plexMessage() {
		return Optional.ofNullable(this.plexMessage);
	}

	/** Why a Plex call failed; each sentence is the owner's help text. */
	public enum Reason {

		NOT_CONFIGURED("No Plex token is configured yet.", "plex.error.not-configured"),

		TOKEN_REJECTED("plex.tv rejected the token; sign in with Plex again.", "plex.error.token-rejected"),

		SERVER_NOT_FOUND("The configured Plex server is not among the servers this account owns.",
				"plex.error.server-not-found"),

		SERVER_UNREACHABLE("Plex could not be reached on any known address.", "plex.error.server-unreachable"),

		ALREADY_SHARED("The server is already shared with this person.", "plex.error.already-shared"),

		UNKNOWN_USER("plex.tv does not know this user or share.", "plex.error.unknown-user"),

		RATE_LIMITED("plex.tv kept answering that we sent too many requests.", "plex.error.rate-limited"),

		PIN_EXPIRED("The Plex sign-in code expired or is unknown.", "plex.error.pin-expired"),

		PLEX_ERROR("Plex answered with an unexpected error.", "plex.error.plex-error");

		private final String description;

		private final String messageKey;

		Reason(String description, String messageKey) {
			this.description = description;
			this.messageKey = messageKey;
		}

		public String description() {
			return this.description;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
