package app.plexinvite.profiles;

import java.util.List;

/**
 * Implemented by each feature that shares with a profile ({@code invite}, {@code links}),
 * so that an edited profile can be pushed to everyone who has it.
 */
public interface ProfileHolderSource {

	/**
	 * Everyone this feature shared the server with using the profile, still holding it.
	 */
	List<ProfileHolder> holdersOf(long profileId);

}
