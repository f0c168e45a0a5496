package app.plexinvite.profiles;

import java.util.List;

/**
 * What the owner typed for a profile (validated by {@link AccessProfiles} when saved).
 *
 * @param name a name, unique among the owner's profiles
 * @param allLibraries every library
 * @param libraries the chosen libraries when not all
 * @param allowSync downloads
 * @param allowChannels live TV and channels
 * @param allowCameraUpload camera upload
 * @param movies movie filter
 * @param television TV filter
 * @param music music filter
 * @param accessDays days of access, or null for unlimited
 */
public record ProfileDraft(String name, boolean allLibraries, List<AccessProfile.Library> libraries, boolean allowSync,
		boolean allowChannels, boolean allowCameraUpload, ContentFilter movies, ContentFilter television,
		ContentFilter music, Integer accessDays) {
}
