package app.plexinvite.plex;

/**
 * What sharing the server with someone did.
 *
 * @param outcome whether a new invite was sent or an existing share updated
 * @param shareId the share id ({@code /api/users} Server id), or null if Plex did not say
 */
public record ShareResult(Outcome outcome, Long shareId) {

	/** The two ways a share ends well. */
	public enum Outcome {

		INVITED("Plex sent the invitation; it waits until they accept it."),

		ALREADY_SHARED_UPDATED("They already had access; their libraries and settings were updated.");

		private final String description;

		Outcome(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
