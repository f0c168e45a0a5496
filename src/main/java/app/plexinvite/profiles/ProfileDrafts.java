package app.plexinvite.profiles;

/** The rules a draft must meet before it is saved, each a field and a message key. */
final class ProfileDrafts {

	static final int MAX_NAME = 100;

	static final int MAX_DAYS = 3650;

	private ProfileDrafts() {
	}

	static void check(ProfileDraft draft) {
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty()) {
			throw ProfileRefused.field("name", "profiles.name.required", "A profile needs a name");
		}
		if (name.length() > MAX_NAME) {
			throw ProfileRefused.field("name", "profiles.name.tooLong",
					"A name has at most " + MAX_NAME + " characters");
		}
		if (!draft.allLibraries() && (draft.libraries() == null || draft.libraries().isEmpty())) {
			// plex-protocol.md §4b.4: an empty id list means all, so "none" is never
			// saved.
			throw ProfileRefused.field("libraries", "profiles.libraries.required", "Choose libraries or every library");
		}
		Integer days = draft.accessDays();
		if (days != null && (days < 1 || days > MAX_DAYS)) {
			throw ProfileRefused.field("accessDays", "profiles.accessDays.range",
					"Access lasts 1 to " + MAX_DAYS + " days, was " + days);
		}
	}

}
