package app.plexinvite.admin;

import java.util.Set;
import java.util.TreeSet;

import app.plexinvite.users.AccessChoice;

/**
 * The "libraries of their own" form. Public only for data binding.
 *
 * @param allLibraries every library
 * @param library the chosen plex.tv section ids
 * @param allowSync downloads
 * @param allowCameraUpload camera upload
 * @param allowChannels live TV
 */
public record AccessForm(Boolean allLibraries, Set<Long> library, Boolean allowSync, Boolean allowCameraUpload,
		Boolean allowChannels) {

	/** An unticked checkbox sends nothing: false. */
	public AccessForm {
		allLibraries = Boolean.TRUE.equals(allLibraries);
		allowSync = Boolean.TRUE.equals(allowSync);
		allowCameraUpload = Boolean.TRUE.equals(allowCameraUpload);
		allowChannels = Boolean.TRUE.equals(allowChannels);
	}

	Set<Long> libraryIds() {
		return (this.library != null) ? new TreeSet<>(this.library) : Set.of();
	}

	boolean chosen() {
		return this.allLibraries || !libraryIds().isEmpty();
	}

	AccessChoice choice() {
		return new AccessChoice(this.allLibraries, this.allLibraries ? Set.of() : libraryIds(), this.allowSync,
				this.allowCameraUpload, this.allowChannels);
	}

	ConfirmPage hiddenIn(ConfirmPage page) {
		ConfirmPage filled = page.field("allLibraries", this.allLibraries)
			.field("allowSync", this.allowSync)
			.field("allowCameraUpload", this.allowCameraUpload)
			.field("allowChannels", this.allowChannels);
		if (!this.allLibraries) {
			for (Long libraryId : libraryIds()) {
				filled = filled.field("library", libraryId);
			}
		}
		return filled;
	}

}
