package app.plexinvite.admin;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.ContentFilter;

/**
 * What the profile form posts: filters as comma-separated text per media type, the
 * duration as "limited" plus a number of days. Public only for the template engine.
 *
 * @param name the profile's name
 * @param allLibraries every library
 * @param library the ticked plex.tv library ids (text: a forged value is ignored, never a
 * failed binding that would lose what was typed)
 * @param allowSync downloads
 * @param allowChannels live TV
 * @param allowCameraUpload camera upload
 * @param moviesAllowLabels only movies with these labels
 * @param moviesDenyLabels no movies with these labels
 * @param moviesAllowRatings only movies with these ratings
 * @param moviesDenyRatings no movies with these ratings
 * @param televisionAllowLabels only shows with these labels
 * @param televisionDenyLabels no shows with these labels
 * @param televisionAllowRatings only shows with these ratings
 * @param televisionDenyRatings no shows with these ratings
 * @param musicAllowLabels only music with these labels
 * @param musicDenyLabels no music with these labels
 * @param musicAllowRatings only music with these ratings
 * @param musicDenyRatings no music with these ratings
 * @param limited access ends after {@code accessDays}
 * @param accessDays days of access when limited (text, checked by the page)
 */
public record ProfileForm(
		@NotBlank(message = "{profiles.name.required}") @Size(max = 100,
				message = "{profiles.name.tooLong}") String name,
		Boolean allLibraries, List<String> library, Boolean allowSync, Boolean allowChannels, Boolean allowCameraUpload,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String moviesAllowLabels,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String moviesDenyLabels,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String moviesAllowRatings,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String moviesDenyRatings,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String televisionAllowLabels,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String televisionDenyLabels,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String televisionAllowRatings,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String televisionDenyRatings,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String musicAllowLabels,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String musicDenyLabels,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String musicAllowRatings,
		@Size(max = MAX_FILTER, message = "{profiles.filter.tooLong}") String musicDenyRatings, Boolean limited,
		@Size(max = 10, message = "{profiles.accessDays.range}") String accessDays) {

	static final int MAX_FILTER = 500;

	/** The media types and filter kinds, in the form's order (field name parts). */
	public static final List<String> TYPES = List.of("movies", "television", "music");

	public static final List<String> KINDS = List.of("AllowLabels", "DenyLabels", "AllowRatings", "DenyRatings");

	/** An unticked check box sends nothing: false. */
	public ProfileForm {
		library = (library != null) ? library.stream().filter(java.util.Objects::nonNull).toList() : List.of();
		allLibraries = Boolean.TRUE.equals(allLibraries);
		allowSync = Boolean.TRUE.equals(allowSync);
		allowChannels = Boolean.TRUE.equals(allowChannels);
		allowCameraUpload = Boolean.TRUE.equals(allowCameraUpload);
		limited = Boolean.TRUE.equals(limited);
	}

	static ProfileForm empty() {
		return new ProfileForm("", false, List.of(), false, false, false, "", "", "", "", "", "", "", "", "", "", "",
				"", false, null);
	}

	static ProfileForm of(AccessProfile profile) {
		List<String> texts = TYPES.stream()
			.map((type) -> filterOf(profile, type))
			.flatMap((filter) -> List
				.of(filter.allowLabels(), filter.denyLabels(), filter.allowRatings(), filter.denyRatings())
				.stream())
			.map((values) -> String.join(", ", values))
			.toList();
		return new ProfileForm(profile.name(), profile.allLibraries(),
				profile.libraries().stream().map((library) -> String.valueOf(library.plexTvId())).toList(),
				profile.allowSync(), profile.allowChannels(), profile.allowCameraUpload(), texts.get(0), texts.get(1),
				texts.get(2), texts.get(3), texts.get(4), texts.get(5), texts.get(6), texts.get(7), texts.get(8),
				texts.get(9), texts.get(10), texts.get(11), profile.accessDays() != null,
				(profile.accessDays() != null) ? String.valueOf(profile.accessDays()) : "");
	}

	/** The ticked library ids that are numbers (anything else is a forged form). */
	List<Long> libraryIds() {
		return this.library.stream().map(ProfileForm::number).filter((id) -> id != null && id > 0).distinct().toList();
	}

	/** The days typed, or null when none or not a whole number. */
	Integer days() {
		Long days = number(this.accessDays);
		return (days != null && days <= Integer.MAX_VALUE) ? days.intValue() : null;
	}

	/** The text of one filter field, e.g. {@code filter("movies", "DenyLabels")}. */
	public String filter(String type, String kind) {
		List<String> all = Arrays.asList(this.moviesAllowLabels, this.moviesDenyLabels, this.moviesAllowRatings,
				this.moviesDenyRatings, this.televisionAllowLabels, this.televisionDenyLabels,
				this.televisionAllowRatings, this.televisionDenyRatings, this.musicAllowLabels, this.musicDenyLabels,
				this.musicAllowRatings, this.musicDenyRatings);
		String value = all.get(TYPES.indexOf(type) * KINDS.size() + KINDS.indexOf(kind));
		return (value != null) ? value : "";
	}

	/** One media type's filter; IllegalArgumentException names a forbidden character. */
	ContentFilter contentFilter(String type) {
		return new ContentFilter(split(filter(type, "AllowLabels")), split(filter(type, "DenyLabels")),
				split(filter(type, "AllowRatings")), split(filter(type, "DenyRatings")));
	}

	private static Long number(String text) {
		try {
			return (text != null && !text.isBlank()) ? Long.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> split(String text) {
		return List.of(text.split(","));
	}

	private static ContentFilter filterOf(AccessProfile profile, String type) {
		return switch (type) {
			case "movies" -> profile.movies();
			case "television" -> profile.television();
			default -> profile.music();
		};
	}

}
