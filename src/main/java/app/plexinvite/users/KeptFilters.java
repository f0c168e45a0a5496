package app.plexinvite.users;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.plexinvite.plex.ShareSettings;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.ContentFilter;

/**
 * What a person may see now (content filters), kept when the owner gives them libraries
 * and permissions of their own: choosing libraries must not lift a filter unnoticed.
 *
 * @param wire the filters as Plex stores them (movies, television, music), sent back
 * unchanged
 * @param movies the movie filter for their own profile
 * @param television the TV filter for their own profile
 * @param music the music filter for their own profile
 */
record KeptFilters(ShareSettings wire, ContentFilter movies, ContentFilter television, ContentFilter music) {

	static KeptFilters none() {
		return new KeptFilters(ShareSettings.defaults(), ContentFilter.none(), ContentFilter.none(),
				ContentFilter.none());
	}

	static KeptFilters of(AccessProfile profile) {
		return new KeptFilters(profile.shareSettings(), profile.movies(), profile.television(), profile.music());
	}

	/**
	 * Plex's own filters of their share (plex-protocol.md §5a syntax: {@code key=v1%2Cv2}
	 * pairs joined by {@code |}; PPA {@code _filterDictToStr}). Their profile keeps the
	 * keys a profile can hold (contentRating, label and their negations); Plex gets the
	 * strings back as they were.
	 */
	static KeptFilters of(ShareSettings settings) {
		return new KeptFilters(settings, parse(settings.filterMovies()), parse(settings.filterTelevision()),
				parse(settings.filterMusic()));
	}

	/** The settings to send: these flags, the kept filters. */
	ShareSettings with(boolean allowSync, boolean allowCameraUpload, boolean allowChannels) {
		return new ShareSettings(allowSync, allowCameraUpload, allowChannels, this.wire.filterMovies(),
				this.wire.filterTelevision(), this.wire.filterMusic());
	}

	private static ContentFilter parse(String wire) {
		List<String> allowLabels = new ArrayList<>();
		List<String> denyLabels = new ArrayList<>();
		List<String> allowRatings = new ArrayList<>();
		List<String> denyRatings = new ArrayList<>();
		for (String pair : (wire == null || wire.isEmpty()) ? new String[0] : wire.split("\\|")) {
			int equals = pair.indexOf('=');
			// A value a profile cannot hold (one with "=" in it) stays on the wire only.
			List<String> values = (equals < 0) ? List.of()
					: Arrays.stream(pair.substring(equals + 1).split("%2C|,"))
						.filter((value) -> !value.contains("="))
						.toList();
			switch ((equals < 0) ? pair : pair.substring(0, equals)) {
				case "contentRating" -> allowRatings.addAll(values);
				case "contentRating!" -> denyRatings.addAll(values);
				case "label" -> allowLabels.addAll(values);
				case "label!" -> denyLabels.addAll(values);
				default -> {
					// Another key (e.g. year): Plex keeps it, a profile cannot.
				}
			}
		}
		return new ContentFilter(allowLabels, denyLabels, allowRatings, denyRatings);
	}

}
