package app.plexinvite.admin;

import java.time.Duration;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.users.ActionResult;
import app.plexinvite.users.People;
import app.plexinvite.users.PeopleCounts;
import app.plexinvite.users.PersonOrigin;
import app.plexinvite.users.PersonQuery.ExpiryFilter;
import app.plexinvite.users.PersonQuery.Sort;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncResult;
import app.plexinvite.users.SyncStatus;

/**
 * Everyone with (or who had) access: search, filters, sorting, pages, the state of the
 * sync with plex.tv and "Sync now". A malformed filter (an unknown state) answers 400,
 * like the requests page.
 */
@Controller
class PeopleController {

	static final int PAGE_SIZE = 50;

	private final People people;

	private final PersonPages pages;

	PeopleController(People people, PersonPages pages) {
		this.people = people;
		this.pages = pages;
	}

	@GetMapping(PeopleFilters.PATH)
	String list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(name = "state", required = false) Set<PersonState> states,
			@RequestParam(required = false) PersonOrigin origin, @RequestParam(required = false) Long profile,
			@RequestParam(required = false) ExpiryFilter expiry, @RequestParam(required = false) Sort sort,
			@RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "1") int page, Model model) {
		PeopleFilters filters = new PeopleFilters(q, states, origin, profile, expiry, sort, "desc".equals(dir), page);
		model.addAttribute("filters", filters);
		model.addAttribute("page", this.people.find(filters.query(PAGE_SIZE)));
		PeopleCounts counts = this.people.counts();
		model.addAttribute("counts", counts);
		model.addAttribute("everyone", everyone(counts));
		model.addAttribute("sync", this.people.syncStatus());
		model.addAttribute("profileNames", this.pages.profileNames());
		model.addAttribute("profiles", this.pages.visibleProfiles());
		model.addAttribute("states", PersonState.values());
		model.addAttribute("origins", PersonOrigin.values());
		model.addAttribute("expiryFilters", ExpiryFilter.values());
		model.addAttribute("sorts", Sort.values());
		return "admin/people";
	}

	@PostMapping(PeopleFilters.PATH + "/sync")
	String syncNow(RedirectAttributes flash) {
		flash.addFlashAttribute(PersonPages.NOTICE, notice(this.people.syncNow()));
		return "redirect:" + PeopleFilters.PATH;
	}

	static long everyone(PeopleCounts counts) {
		return counts.byState().values().stream().mapToLong(Long::longValue).sum();
	}

	private static ActionResult notice(SyncResult result) {
		if (!result.ran()) {
			Duration wait = (result.retryIn() != null) ? result.retryIn() : Duration.ZERO;
			return ActionResult.refused("people.sync.throttled", Math.max(1, (wait.toMillis() + 999) / 1000));
		}
		SyncStatus status = result.status();
		return switch (status.lastOutcome()) {
			case COMPLETE ->
				ActionResult.done("people.sync.complete", status.listed(), status.imported(), status.markedGone());
			case INCOMPLETE -> ActionResult.refused("people.sync.incomplete", String.valueOf(status.lastProblem()));
			case FAILED -> ActionResult.refused("people.sync.failed", String.valueOf(status.lastProblem()));
		};
	}

}
