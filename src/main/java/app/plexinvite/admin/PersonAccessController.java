package app.plexinvite.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.users.People;
import app.plexinvite.users.Person;

/**
 * Changing what one person has: a profile, libraries and permissions of their own, the
 * end of their access. Each form leads (GET) to a confirmation page that says exactly
 * what will change; its button posts the same fields. What the owner typed is checked on
 * both steps: a bad date, an unknown profile or no library at all come back as a message
 * on the person's page, never as an error page.
 */
@Controller
class PersonAccessController {

	private final People people;

	private final PersonPages pages;

	private final Clock clock;

	PersonAccessController(People people, PersonPages pages, ObjectProvider<Clock> clock) {
		this.people = people;
		this.pages = pages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping(PeopleFilters.PATH + "/{id}/profile")
	String confirmProfile(@PathVariable long id, @RequestParam(required = false) String profileId, Model model,
			RedirectAttributes flash) {
		Person person = this.pages.detail(id).person();
		AccessProfile profile = visibleProfile(profileId);
		if (profile == null) {
			return this.pages.badInput(id, "people.input.bad-profile", flash);
		}
		return confirm(person,
				ConfirmPage.of("profile", PersonController.address(id, "profile"), back(id))
					.line("people.confirm.line.profile", profile.name())
					.field("profileId", profile.id()),
				model);
	}

	@PostMapping(PeopleFilters.PATH + "/{id}/profile")
	String changeProfile(@PathVariable long id, @RequestParam(required = false) String profileId,
			RedirectAttributes flash) {
		AccessProfile profile = visibleProfile(profileId);
		if (profile == null) {
			return this.pages.badInput(id, "people.input.bad-profile", flash);
		}
		return this.pages.afterAction(id, this.people.changeProfile(id, profile.id()), flash);
	}

	@GetMapping(PeopleFilters.PATH + "/{id}/access")
	String confirmAccess(@PathVariable long id, AccessForm form, Model model, RedirectAttributes flash) {
		Person person = this.pages.detail(id).person();
		if (!form.chosen()) {
			return this.pages.badInput(id, "people.input.no-libraries", flash);
		}
		Map<Long, String> titles = this.pages.libraryTitles(model);
		ConfirmPage page = ConfirmPage.of("access", PersonController.address(id, "access"), back(id));
		page = form.allLibraries() ? page.line("people.confirm.line.all-libraries")
				: page.line("people.confirm.line.libraries",
						String.join(", ",
								form.libraryIds()
									.stream()
									.map((libraryId) -> titles.getOrDefault(libraryId, "#" + libraryId))
									.toList()));
		return confirm(person, form.hiddenIn(page.line("people.confirm.line.flags", yes(form.allowSync()),
				yes(form.allowCameraUpload()), yes(form.allowChannels()))), model);
	}

	@PostMapping(PeopleFilters.PATH + "/{id}/access")
	String changeAccess(@PathVariable long id, AccessForm form, RedirectAttributes flash) {
		if (!form.chosen()) {
			return this.pages.badInput(id, "people.input.no-libraries", flash);
		}
		return this.pages.afterAction(id, this.people.changeAccess(id, form.choice()), flash);
	}

	@GetMapping(PeopleFilters.PATH + "/{id}/expiry")
	String confirmExpiry(@PathVariable long id, @RequestParam(required = false) String on, Model model,
			RedirectAttributes flash) {
		Person person = this.pages.detail(id).person();
		Instant endsAt = PersonInput.dayStart(on);
		if (endsAt == null) {
			return this.pages.badInput(id, "people.input.bad-date", flash);
		}
		if (!endsAt.isAfter(this.clock.instant())) {
			return this.pages.badInput(id, "people.result.expiry-in-past", flash);
		}
		return confirm(person,
				ConfirmPage.of("expiry", PersonController.address(id, "expiry"), back(id))
					.line("people.confirm.line.ends", PersonInput.utc(endsAt))
					.field("on", on.strip()),
				model);
	}

	@PostMapping(PeopleFilters.PATH + "/{id}/expiry")
	String setExpiry(@PathVariable long id, @RequestParam(required = false) String on, RedirectAttributes flash) {
		Instant endsAt = PersonInput.dayStart(on);
		if (endsAt == null) {
			return this.pages.badInput(id, "people.input.bad-date", flash);
		}
		return this.pages.afterAction(id, this.people.setExpiry(id, endsAt), flash);
	}

	@GetMapping(PeopleFilters.PATH + "/{id}/extend")
	String confirmExtend(@PathVariable long id, @RequestParam(required = false) String days, Model model,
			RedirectAttributes flash) {
		Person person = this.pages.detail(id).person();
		Integer count = PersonInput.days(days);
		if (count == null) {
			return this.pages.badInput(id, "people.input.bad-days", flash);
		}
		Instant from = (person.accessEndsAt() != null) ? person.accessEndsAt() : this.clock.instant();
		return confirm(person,
				ConfirmPage.of("extend", PersonController.address(id, "extend"), back(id))
					.line("people.confirm.line.extend", count, PersonInput.utc(from.plus(Duration.ofDays(count))))
					.field("days", count),
				model);
	}

	@PostMapping(PeopleFilters.PATH + "/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(required = false) String days, RedirectAttributes flash) {
		Integer count = PersonInput.days(days);
		if (count == null) {
			return this.pages.badInput(id, "people.input.bad-days", flash);
		}
		return this.pages.afterAction(id, this.people.extendExpiry(id, Duration.ofDays(count)), flash);
	}

	private String confirm(Person person, ConfirmPage page, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("confirm", page);
		return "admin/person-confirm";
	}

	/** One of the owner's profiles (a link's hidden one is not offered). */
	private AccessProfile visibleProfile(String profileId) {
		Long parsed = PersonInput.number(profileId);
		return (parsed == null) ? null
				: this.pages.visibleProfiles().stream().filter((p) -> p.id() == parsed).findFirst().orElse(null);
	}

	/** 1 or 0, for a message's yes/no choice. */
	private static int yes(boolean flag) {
		return flag ? 1 : 0;
	}

	private static String back(long id) {
		return PeopleFilters.PATH + "/" + id;
	}

}
