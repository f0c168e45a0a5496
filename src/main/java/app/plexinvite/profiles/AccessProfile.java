package app.plexinvite.profiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.ShareSettings;

/**
 * A named way of sharing the server: which libraries (plex.tv section ids, never server
 * keys: plex-protocol.md §4b), what the friend may do, what they may see, and for how
 * long.
 *
 * @param id the profile id
 * @param name the owner's name for it
 * @param allLibraries every library, including ones added later (an explicit choice:
 * §4b.4, an empty id list means all)
 * @param libraries the chosen libraries (ignored when allLibraries)
 * @param allowSync downloads
 * @param allowChannels live TV and channels
 * @param allowCameraUpload camera upload
 * @param movies movie filter
 * @param television TV filter
 * @param music music filter
 * @param accessDays days of access from the day they join, or null for unlimited
 * @param isDefault the profile the public request form uses
 * @param hidden made for one invite link ("explicit libraries"), not listed with the
 * owner's profiles
 */
public record AccessProfile(long id, String name, boolean allLibraries, List<Library> libraries, boolean allowSync,
		boolean allowChannels, boolean allowCameraUpload, ContentFilter movies, ContentFilter television,
		ContentFilter music, Integer accessDays, boolean isDefault, boolean hidden) {

	public AccessProfile {
		Objects.requireNonNull(name, "name");
		libraries = (libraries != null) ? List.copyOf(libraries) : List.of();
		movies = (movies != null) ? movies : ContentFilter.none();
		television = (television != null) ? television : ContentFilter.none();
		music = (music != null) ? music : ContentFilter.none();
		if (accessDays != null && accessDays <= 0) {
			throw new IllegalArgumentException("Access lasts at least one day, was " + accessDays);
		}
	}

	/** Whether invites can be sent with it: all libraries or at least one. */
	public boolean configured() {
		return this.allLibraries || !this.libraries.isEmpty();
	}

	/** What to share; only for a configured profile (never an accidental "all"). */
	public LibrarySelection selection() {
		if (!configured()) {
			throw new IllegalStateException("Profile " + this.id + " has no libraries chosen");
		}
		return this.allLibraries ? LibrarySelection.all()
				: LibrarySelection.of(this.libraries.stream().map(Library::plexTvId).collect(Collectors.toSet()));
	}

	public ShareSettings shareSettings() {
		return new ShareSettings(this.allowSync, this.allowCameraUpload, this.allowChannels, this.movies.wire(),
				this.television.wire(), this.music.wire());
	}

	/** When access given at {@code start} ends, or empty for unlimited. */
	public Optional<Instant> accessEndsAt(Instant start) {
		return Optional.ofNullable(this.accessDays).map((days) -> start.plus(Duration.ofDays(days)));
	}

	/**
	 * A library by its plex.tv id and the title it had when chosen.
	 *
	 * @param plexTvId plex.tv's library-section id (not the server key)
	 * @param title the title
	 */
	public record Library(long plexTvId, String title) {

		public Library {
			if (plexTvId <= 0) {
				throw new IllegalArgumentException("plex.tv library ids are positive, was " + plexTvId);
			}
			Objects.requireNonNull(title, "title");
		}

	}

}
