package app.plexinvite.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.profiles.AccessProfile;

/**
 * One line of a profile's library choice: a library of the server, or one the profile
 * chose before that the server no longer lists (flagged, never silently dropped). Public
 * only for the template engine.
 *
 * @param plexTvId plex.tv's id, null when plex.tv does not list the library yet
 * @param title its title
 * @param type movie, show, artist or photo; null when not known
 * @param chosen ticked
 * @param missing chosen before and no longer on the server
 */
public record LibraryChoice(Long plexTvId, String title, String type, boolean chosen, boolean missing) {

	public boolean selectable() {
		return this.plexTvId != null && !this.missing;
	}

	/**
	 * The server's libraries in their order, then the stored ones the server does not
	 * list: gone from it when the server answered, else simply as stored.
	 */
	static List<LibraryChoice> of(List<PlexLibrary> onServer, boolean serverAnswered,
			List<AccessProfile.Library> stored, Collection<Long> chosen) {
		Map<Long, AccessProfile.Library> left = new LinkedHashMap<>();
		stored.forEach((library) -> left.put(library.plexTvId(), library));
		List<LibraryChoice> choices = new ArrayList<>();
		for (PlexLibrary library : onServer) {
			if (library.plexTvId() != null) {
				left.remove(library.plexTvId());
			}
			boolean isChosen = library.plexTvId() != null && chosen.contains(library.plexTvId());
			choices.add(new LibraryChoice(library.plexTvId(), library.title(), library.type(), isChosen, false));
		}
		left.values()
			.forEach((other) -> choices.add(new LibraryChoice(other.plexTvId(), other.title(), null,
					chosen.contains(other.plexTvId()), serverAnswered)));
		return choices;
	}

}
