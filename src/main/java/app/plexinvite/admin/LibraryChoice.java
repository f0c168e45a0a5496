package app.plexinvite.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.plexinvite.invite.ShareConfiguration;
import app.plexinvite.plex.PlexLibrary;

/**
 * One line of the libraries page: a library of the server, or one that was chosen before
 * and is no longer there (flagged, never silently dropped). Public only for the template
 * engine.
 */
public record LibraryChoice(Long plexTvId, String title, String type, boolean chosen, boolean missing) {

	public boolean selectable() {
		return this.plexTvId != null && !this.missing;
	}

	/**
	 * The server's libraries in their order, then the chosen ones the server no longer
	 * has.
	 */
	static List<LibraryChoice> of(List<PlexLibrary> onServer, ShareConfiguration saved) {
		Map<Long, ShareConfiguration.SharedLibrary> chosen = new LinkedHashMap<>();
		saved.libraries().forEach((library) -> chosen.put(library.plexTvId(), library));
		List<LibraryChoice> choices = new ArrayList<>();
		for (PlexLibrary library : onServer) {
			boolean isChosen = library.plexTvId() != null && chosen.remove(library.plexTvId()) != null;
			choices.add(new LibraryChoice(library.plexTvId(), library.title(), library.type(), isChosen, false));
		}
		chosen.values()
			.forEach((gone) -> choices.add(new LibraryChoice(gone.plexTvId(), gone.title(), null, true, true)));
		return choices;
	}

}
