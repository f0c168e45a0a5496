package app.plexinvite.support;

import java.util.List;

import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ContentFilter;
import app.plexinvite.profiles.ProfileDraft;

/** Sets what the default profile shares, as the owner would on its page. */
public final class DefaultProfile {

	private DefaultProfile() {
	}

	/** These libraries (by plex.tv id and title), downloads as given, no filters. */
	public static AccessProfile shares(AccessProfiles profiles, List<AccessProfile.Library> libraries,
			boolean allowSync) {
		AccessProfile current = profiles.defaultProfile();
		return profiles.update(current.id(), new ProfileDraft(current.name(), false, libraries, allowSync, false, false,
				ContentFilter.none(), ContentFilter.none(), ContentFilter.none(), null));
	}

	/** Every library. */
	public static AccessProfile sharesEverything(AccessProfiles profiles) {
		AccessProfile current = profiles.defaultProfile();
		return profiles.update(current.id(), new ProfileDraft(current.name(), true, List.of(), false, false, false,
				ContentFilter.none(), ContentFilter.none(), ContentFilter.none(), null));
	}

}
