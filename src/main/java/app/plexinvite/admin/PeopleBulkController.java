package app.plexinvite.admin;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.users.ActionResult;
import app.plexinvite.users.People;
import app.plexinvite.users.Person;

/**
 * One action on the people ticked in the list: first a page that lists everyone it
 * affects and what happens (GET, nothing changes), then the action itself (POST), with
 * how many were done, skipped and failed.
 */
@Controller
class PeopleBulkController {

	static final String PATH = PeopleFilters.PATH + "/bulk";

	private final People people;

	private final PersonPages pages;

	private final Clock clock;

	PeopleBulkController(People people, PersonPages pages, ObjectProvider<Clock> clock) {
		this.people = people;
		this.pages = pages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping(PATH)
	String confirm(BulkForm form, Model model, RedirectAttributes flash) {
		BulkForm.Parsed parsed = form.parse(this.pages.visibleProfiles(), this.clock.instant());
		if (parsed.problem() != null) {
			return problem(parsed.problem(), flash);
		}
		List<Person> affected = this.people.findAll(form.ids());
		if (affected.isEmpty()) {
			return problem("people.bulk.none", flash);
		}
		model.addAttribute("form", form);
		model.addAttribute("parsed", parsed);
		model.addAttribute("affected", affected);
		return "admin/people-bulk";
	}

	@PostMapping(PATH)
	String apply(BulkForm form, RedirectAttributes flash) {
		BulkForm.Parsed parsed = form.parse(this.pages.visibleProfiles(), this.clock.instant());
		if (parsed.problem() != null) {
			return problem(parsed.problem(), flash);
		}
		flash.addFlashAttribute("bulkResult", this.people.bulk(parsed.action(), form.ids()));
		return "redirect:" + PeopleFilters.PATH;
	}

	private static String problem(String key, RedirectAttributes flash) {
		flash.addFlashAttribute(PersonPages.NOTICE, ActionResult.refused(key));
		return "redirect:" + PeopleFilters.PATH;
	}

}
