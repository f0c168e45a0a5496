package app.plexinvite.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.profiles.AccessProfile;

/**
 * The libraries a link may share on its own: the server's current ones by plex.tv id,
 * plus the ones the link has chosen already (so they stay when Plex cannot be reached or
 * a library is gone).
 */
@Component
class LinkLibraries {

	private final PlexClient plex;

	LinkLibraries(PlexClient plex) {
		this.plex = plex;
	}

	void addChoices(Model model, AccessProfile hidden) {
		Map<Long, String> titles = stored(hidden);
		try {
			onServer().forEach(titles::put);
		}
		catch (PlexException ex) {
			model.addAttribute("plexProblem", ex.messageKey());
			model.addAttribute("plexProblemArguments", PlexStep.argumentsOf(ex));
		}
		List<LibraryOption> options = new ArrayList<>();
		titles.forEach((id, title) -> options.add(new LibraryOption(id, title)));
		model.addAttribute("libraries", options);
	}

	/**
	 * The chosen ids with their titles, the server's current title first. An id known to
	 * neither (a forged form) is dropped.
	 * @throws Unavailable when Plex cannot be asked and a chosen library is new
	 */
	List<AccessProfile.Library> titled(Set<Long> chosen, AccessProfile hidden) {
		Set<Long> ids = (chosen != null) ? chosen : Set.of();
		Map<Long, String> titles = stored(hidden);
		if (!titles.keySet().containsAll(ids)) {
			try {
				titles.putAll(onServer());
			}
			catch (PlexException ex) {
				throw new Unavailable(ex);
			}
		}
		return ids.stream()
			.filter(titles::containsKey)
			.sorted()
			.map((id) -> new AccessProfile.Library(id, titles.get(id)))
			.toList();
	}

	private Map<Long, String> onServer() {
		Map<Long, String> titles = new LinkedHashMap<>();
		for (PlexLibrary library : this.plex.libraries()) {
			if (library.shareable()) {
				titles.put(library.plexTvId(), library.title());
			}
		}
		return titles;
	}

	private static Map<Long, String> stored(AccessProfile hidden) {
		Map<Long, String> titles = new LinkedHashMap<>();
		if (hidden != null) {
			hidden.libraries().forEach((library) -> titles.put(library.plexTvId(), library.title()));
		}
		return titles;
	}

	/**
	 * A library to tick on the link form. Public only for the template engine.
	 *
	 * @param plexTvId plex.tv's id for it
	 * @param title its title
	 */
	public record LibraryOption(long plexTvId, String title) {
	}

	/** Plex could not list the libraries, and a new one was chosen. */
	static class Unavailable extends RuntimeException {

		Unavailable(PlexException cause) {
			super("Plex could not list the libraries", cause);
		}

	}

}
