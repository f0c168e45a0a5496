package app.plexinvite.users;

import java.util.Set;

/**
 * Libraries and permissions chosen for one person instead of a profile.
 *
 * @param allLibraries every library, including ones added later
 * @param libraryIds plex.tv section ids when not all (must not be empty then)
 * @param allowSync downloads
 * @param allowCameraUpload camera upload
 * @param allowChannels live TV / channels
 */
public record AccessChoice(boolean allLibraries, Set<Long> libraryIds, boolean allowSync, boolean allowCameraUpload,
		boolean allowChannels) {

	public AccessChoice {
		libraryIds = (libraryIds == null) ? Set.of() : Set.copyOf(libraryIds);
	}

}
