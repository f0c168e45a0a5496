package app.plexinvite.plex;

/**
 * What a friend may do on the shared server (plex-protocol.md §5a sharing_settings).
 * Filters use Plex's syntax, e.g. {@code contentRating=G%2CPG|label=kids}; empty means
 * none.
 *
 * @param allowSync downloads
 * @param allowCameraUpload camera upload
 * @param allowChannels channels / plugins
 * @param filterMovies movie filter
 * @param filterTelevision TV filter
 * @param filterMusic music filter
 */
public record ShareSettings(boolean allowSync, boolean allowCameraUpload, boolean allowChannels, String filterMovies,
		String filterTelevision, String filterMusic) {

	public ShareSettings {
		filterMovies = (filterMovies != null) ? filterMovies : "";
		filterTelevision = (filterTelevision != null) ? filterTelevision : "";
		filterMusic = (filterMusic != null) ? filterMusic : "";
	}

	/** python-plexapi's defaults: nothing allowed, no filters (PPA inviteFriend). */
	public static ShareSettings defaults() {
		return new ShareSettings(false, false, false, "", "", "");
	}

}
