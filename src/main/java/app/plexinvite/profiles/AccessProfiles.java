package app.plexinvite.profiles;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** SKELETON (i4-base): the profiles helper implements every method. */
@Component
public class AccessProfiles {

	/** The owner's profiles (not hidden ones), the default first, then by name. */
	public List<AccessProfile> all() {
		throw new UnsupportedOperationException();
	}

	/** Any profile, hidden ones included. */
	public Optional<AccessProfile> find(long id) {
		throw new UnsupportedOperationException();
	}

	/** Always exists (the migration creates it from the former share settings). */
	public AccessProfile defaultProfile() {
		throw new UnsupportedOperationException();
	}

	public AccessProfile create(ProfileDraft draft) {
		throw new UnsupportedOperationException();
	}

	/** A profile for one invite link's explicit libraries and flags; not listed. */
	public AccessProfile createHidden(ProfileDraft draft) {
		throw new UnsupportedOperationException();
	}

	public AccessProfile update(long id, ProfileDraft draft) {
		throw new UnsupportedOperationException();
	}

	public void makeDefault(long id) {
		throw new UnsupportedOperationException();
	}

	/** Refuses the default profile and one still used (by a link or request). */
	public void delete(long id) {
		throw new UnsupportedOperationException();
	}

	/** Who has the profile: the preview before a push. */
	public List<ProfileHolder> holders(long id) {
		throw new UnsupportedOperationException();
	}

	/** Updates every holder's share on Plex to the profile as it is now. */
	public PushResult push(long id) {
		throw new UnsupportedOperationException();
	}

}
