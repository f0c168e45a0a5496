package app.plexinvite.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.users.ActionResult;
import app.plexinvite.users.People;
import app.plexinvite.users.PersonDetail;

/**
 * What the people pages share: a person or the 404 page, the owner's profiles by name,
 * the server's libraries by title (when Plex answers), and the message after an action.
 */
@Component
class PersonPages {

	/** The flash attribute with an {@link ActionResult} to show after a redirect. */
	static final String NOTICE = "notice";

	static final String NOT_FOUND = "people.result.not-found";

	private final People people;

	private final AccessProfiles profiles;

	private final PlexClient plex;

	PersonPages(People people, AccessProfiles profiles, PlexClient plex) {
		this.people = people;
		this.profiles = profiles;
		this.plex = plex;
	}

	PersonDetail detail(long id) {
		return this.people.find(id).orElseThrow(() -> PersonNotFound.withId(id));
	}

	/** The owner's profiles (not links' hidden ones) by id, default first. */
	Map<Long, String> profileNames() {
		return this.profiles.all()
			.stream()
			.collect(Collectors.toMap(AccessProfile::id, AccessProfile::name, (a, b) -> a, LinkedHashMap::new));
	}

	List<AccessProfile> visibleProfiles() {
		return this.profiles.all();
	}

	AccessProfile profile(long id) {
		return this.profiles.find(id).orElse(null);
	}

	/**
	 * The server's shareable libraries by plex.tv id; empty with a warning in the model
	 * when Plex cannot be asked (the page shows ids then).
	 */
	Map<Long, String> libraryTitles(Model model) {
		Map<Long, String> titles = new LinkedHashMap<>();
		try {
			for (PlexLibrary library : this.plex.libraries()) {
				if (library.shareable()) {
					titles.put(library.plexTvId(), library.title());
				}
			}
		}
		catch (PlexException ex) {
			model.addAttribute("plexProblem", ex.messageKey());
			model.addAttribute("plexProblemArguments", PlexStep.argumentsOf(ex));
		}
		return titles;
	}

	/**
	 * Back to the person with what the action did; an action on nobody is the 404 page.
	 */
	String afterAction(long id, ActionResult result, RedirectAttributes flash) {
		if (NOT_FOUND.equals(result.messageKey())) {
			throw PersonNotFound.withId(id);
		}
		flash.addFlashAttribute(NOTICE, result);
		return "redirect:" + PeopleFilters.PATH + "/" + id;
	}

	/** Back to the person with a problem in what the owner typed. */
	String badInput(long id, String messageKey, RedirectAttributes flash) {
		flash.addFlashAttribute(NOTICE, ActionResult.refused(messageKey, detail(id).person().displayName()));
		return "redirect:" + PeopleFilters.PATH + "/" + id;
	}

}
