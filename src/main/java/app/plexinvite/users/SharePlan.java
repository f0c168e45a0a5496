package app.plexinvite.users;

import java.util.HashSet;

import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.ShareSettings;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;

/**
 * What sharing with a person again sends: their profile as it is now, else the libraries
 * recorded on them with Plex's default settings (nothing allowed, no filters).
 *
 * @param selection the libraries
 * @param settings what they may do
 * @param profile their profile, or null when the recorded libraries are used
 */
record SharePlan(LibrarySelection selection, ShareSettings settings, AccessProfile profile) {

	static SharePlan of(Person person, AccessProfiles profiles) {
		AccessProfile profile = (person.profileId() != null) ? profiles.find(person.profileId()).orElse(null) : null;
		if (profile != null && profile.configured()) {
			return new SharePlan(profile.selection(), profile.shareSettings(), profile);
		}
		if (person.allLibraries()) {
			return new SharePlan(LibrarySelection.all(), ShareSettings.defaults(), null);
		}
		if (person.libraryIds().isEmpty()) {
			// plex-protocol.md §4b.4: an empty list would share everything; never by
			// accident.
			throw new ActionRefused("people.result.no-libraries", person.displayName());
		}
		return new SharePlan(LibrarySelection.of(new HashSet<>(person.libraryIds())), ShareSettings.defaults(), null);
	}

	/** The person with these libraries recorded. */
	Person recordedOn(Person person) {
		return person.withAllLibraries(this.selection.isAll()).withLibraryIds(this.selection.wireIds());
	}

	/** For the history. */
	String describe() {
		String libraries = this.selection.isAll() ? "all libraries" : "libraries " + this.selection.wireIds();
		return (this.profile != null) ? "profile " + this.profile.name() + ", " + libraries : libraries;
	}

}
