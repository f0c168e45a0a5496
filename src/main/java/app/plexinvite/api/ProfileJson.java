package app.plexinvite.api;

import java.util.List;

import app.plexinvite.profiles.AccessProfile;

/**
 * An access profile as the API shows it.
 *
 * @param id the profile id (for links, requests and people)
 * @param name the owner's name for it
 * @param isDefault whether the request form uses it
 * @param configured whether it shares anything yet
 * @param allLibraries every library, also ones added later
 * @param libraries the chosen libraries (empty when all)
 * @param allowSync downloads
 * @param allowChannels live TV and channels
 * @param allowCameraUpload camera upload
 * @param accessDays days of access from joining, or null for unlimited
 */
record ProfileJson(long id, String name, boolean isDefault, boolean configured, boolean allLibraries,
		List<Library> libraries, boolean allowSync, boolean allowChannels, boolean allowCameraUpload,
		Integer accessDays) {

	static ProfileJson of(AccessProfile profile) {
		return new ProfileJson(profile.id(), profile.name(), profile.isDefault(), profile.configured(),
				profile.allLibraries(),
				profile.libraries()
					.stream()
					.map((library) -> new Library(library.plexTvId(), library.title()))
					.toList(),
				profile.allowSync(), profile.allowChannels(), profile.allowCameraUpload(), profile.accessDays());
	}

	/**
	 * A library by plex.tv's section id.
	 *
	 * @param plexTvId the id links and profiles use
	 * @param title its title when chosen
	 */
	record Library(long plexTvId, String title) {
	}

}
