package app.plexinvite.plex;

import java.util.LinkedHashMap;
import java.util.Map;

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

	/** §5a: strings "1"/"0" and filter strings, as PPA inviteFriend sends them. */
	Map<String, String> v1Wire() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("allowSync", flag(this.allowSync()));
		map.put("allowCameraUpload", flag(this.allowCameraUpload()));
		map.put("allowChannels", flag(this.allowChannels()));
		map.put("filterMovies", this.filterMovies());
		map.put("filterTelevision", this.filterTelevision());
		map.put("filterMusic", this.filterMusic());
		return map;
	}

	/** §9: booleans, allowTuners 0, the filters WIZ update_shared_server sends. */
	Map<String, Object> v2Wire() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("allowSync", this.allowSync());
		map.put("allowChannels", this.allowChannels());
		map.put("allowCameraUpload", this.allowCameraUpload());
		map.put("filterMovies", this.filterMovies());
		map.put("filterMusic", this.filterMusic());
		map.put("filterTelevision", this.filterTelevision());
		map.put("allowSubtitleAdmin", false);
		map.put("allowTuners", 0);
		return map;
	}

	private static String flag(boolean value) {
		return value ? "1" : "0";
	}

}
