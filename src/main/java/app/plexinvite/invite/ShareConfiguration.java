package app.plexinvite.invite;

import java.util.List;
import java.util.Objects;

/**
 * What a share gives: explicit plex.tv section ids or, by explicit choice, every library
 * (plex-protocol.md §4b.4: an empty id list means all, so "none chosen" must never be
 * sent).
 *
 * @param allLibraries every library, including ones added later
 * @param libraries the chosen libraries (ignored when allLibraries)
 * @param allowSync downloads
 * @param allowChannels live TV and channels
 * @param allowCameraUpload camera upload
 */
public record ShareConfiguration(boolean allLibraries, List<SharedLibrary> libraries, boolean allowSync,
		boolean allowChannels, boolean allowCameraUpload) {

	public ShareConfiguration {
		libraries = (libraries != null) ? List.copyOf(libraries) : List.of();
	}

	/** Nothing chosen yet. */
	static ShareConfiguration none() {
		return new ShareConfiguration(false, List.of(), false, false, false);
	}

	/** Whether invites can be sent: all libraries or at least one. */
	public boolean configured() {
		return this.allLibraries || !this.libraries.isEmpty();
	}

	/**
	 * A library by its plex.tv id and the title it had when chosen.
	 *
	 * @param plexTvId plex.tv's library-section id (not the server key)
	 * @param title the title
	 */
	public record SharedLibrary(long plexTvId, String title) {

		public SharedLibrary {
			if (plexTvId <= 0) {
				throw new IllegalArgumentException("plex.tv library ids are positive, was " + plexTvId);
			}
			Objects.requireNonNull(title, "title");
		}

	}

}
