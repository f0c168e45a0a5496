package app.plexinvite.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.users.People;
import app.plexinvite.users.Person;
import app.plexinvite.users.PersonDetail;

/**
 * One person: everything we know, their history, and the forms for every action. Actions
 * that need only a "yes" (revoke, cancel or resend the invite, give access again, undo
 * gone, clear the end date) have a confirmation page at their own address; the note is
 * saved at once. The note's limit is checked again by the people feature.
 */
@Controller
class PersonController {

	private final People people;

	private final PersonPages pages;

	private final Clock clock;

	PersonController(People people, PersonPages pages, ObjectProvider<Clock> clock) {
		this.people = people;
		this.pages = pages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping(PeopleFilters.PATH + "/{id}")
	String detail(@PathVariable long id, Model model) {
		PersonDetail detail = this.pages.detail(id);
		Person person = detail.person();
		Map<Long, String> titles = this.pages.libraryTitles(model);
		AccessProfile profile = (person.profileId() != null) ? this.pages.profile(person.profileId()) : null;
		model.addAttribute("person", person);
		model.addAttribute("history", detail.history().reversed());
		model.addAttribute("profile", profile);
		model.addAttribute("profiles", this.pages.visibleProfiles());
		model.addAttribute("libraries",
				person.libraryIds()
					.stream()
					.map((libraryId) -> titles.getOrDefault(libraryId, "#" + libraryId))
					.toList());
		model.addAttribute("choices",
				LibraryChoice.of(titles.entrySet()
					.stream()
					.map((entry) -> new PlexLibrary(entry.getKey(), null, entry.getValue(), null))
					.toList(), !titles.isEmpty(), unknownLibraries(person, titles), person.libraryIds()));
		model.addAttribute("today", LocalDate.now(this.clock.withZone(ZoneOffset.UTC)));
		model.addAttribute("extensions", List.of(7, 30, 90));
		return "admin/person";
	}

	@GetMapping(PeopleFilters.PATH + "/{id}/{step:revoke|cancel-invite|resend|give-again|undo-gone|clear-expiry}")
	String confirm(@PathVariable long id, @PathVariable String step, Model model) {
		model.addAttribute("person", this.pages.detail(id).person());
		model.addAttribute("confirm", ConfirmPage.of(step, address(id, step), PeopleFilters.PATH + "/" + id));
		return "admin/person-confirm";
	}

	@PostMapping(PeopleFilters.PATH + "/{id}/{step:revoke|cancel-invite|resend|give-again|undo-gone|clear-expiry}")
	String apply(@PathVariable long id, @PathVariable String step, RedirectAttributes flash) {
		PersonStep action = PersonStep.bySlug(step).orElseThrow(() -> PersonNotFound.withId(id));
		return this.pages.afterAction(id, action.applyTo(this.people, id), flash);
	}

	@PostMapping(PeopleFilters.PATH + "/{id}/note")
	String saveNote(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
		return this.pages.afterAction(id, this.people.saveNote(id, note), flash);
	}

	static String address(long id, String step) {
		return PeopleFilters.PATH + "/" + id + "/" + step;
	}

	/**
	 * Libraries shared with them that the server does not list (or all of theirs when
	 * Plex could not be asked): kept on the form by id.
	 */
	private static List<AccessProfile.Library> unknownLibraries(Person person, Map<Long, String> titles) {
		return person.libraryIds()
			.stream()
			.filter((libraryId) -> !titles.containsKey(libraryId))
			.map((libraryId) -> new AccessProfile.Library(libraryId, "#" + libraryId))
			.toList();
	}

}
