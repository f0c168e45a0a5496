package app.plexinvite.admin;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.links.InviteLink;
import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkDraft;
import app.plexinvite.links.LinkOverview;
import app.plexinvite.links.LinkProblem;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;

/**
 * Creating and editing invite links. A refused form is shown again with its field errors
 * (422) and everything typed kept.
 */
@Controller
class LinkFormController {

	private final InviteLinks links;

	private final AccessProfiles profiles;

	private final LinkLibraries libraries;

	private final Clock clock;

	private final AuditLog audit;

	LinkFormController(InviteLinks links, AccessProfiles profiles, LinkLibraries libraries, ObjectProvider<Clock> clock,
			AuditLog audit) {
		this.links = links;
		this.profiles = profiles;
		this.libraries = libraries;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.audit = audit;
	}

	/** Forged names such as {@code library[x]} or {@code class.x} are ignored. */
	@InitBinder("form")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/admin/links/new")
	String blank(Model model) {
		model.addAttribute("form", LinkForm.empty(this.profiles.defaultProfile().id()));
		return show(model, null, null);
	}

	@PostMapping("/admin/links")
	String create(@Valid @ModelAttribute("form") LinkForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		InviteLink created = save(form, result, null);
		if (created == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, null, null);
		}
		this.audit.ownerDid(AuditAction.LINK_CREATED, target(created), AuditOutcome.ok());
		flash.addFlashAttribute("success", "admin.links.created");
		return "redirect:/admin/links/" + created.id();
	}

	@GetMapping("/admin/links/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		LinkOverview link = this.links.find(id).orElseThrow(() -> LinkNotFound.withId(id));
		AccessProfile hidden = hiddenProfileOf(link.link());
		model.addAttribute("form", LinkForm.of(link.link(), hidden));
		return show(model, link, hidden);
	}

	@PostMapping("/admin/links/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") LinkForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		LinkOverview link = this.links.find(id).orElseThrow(() -> LinkNotFound.withId(id));
		InviteLink saved = save(form, result, link.link());
		if (saved == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, link, hiddenProfileOf(link.link()));
		}
		this.audit.ownerDid(AuditAction.LINK_EDITED, target(saved), AuditOutcome.ok());
		flash.addFlashAttribute("success", "admin.links.saved");
		return "redirect:/admin/links/" + id;
	}

	/** The saved link, or null with the reasons in {@code result}. */
	private InviteLink save(LinkForm form, BindingResult result, InviteLink current) {
		if (!result.hasErrors()) {
			form.missing().forEach(result::rejectValue);
		}
		if (result.hasErrors()) {
			return null;
		}
		try {
			List<AccessProfile.Library> chosen = (form.access() == LinkForm.Access.LIBRARIES && !form.allLibraries())
					? this.libraries.titled(form.library(), hiddenProfileOf(current)) : List.of();
			LinkDraft draft = form.toDraft(this.clock.instant(), current, chosen);
			return (current == null) ? this.links.create(draft) : this.links.update(current.id(), draft);
		}
		catch (LinkProblem problem) {
			result.rejectValue(problem.field().equals("libraries") ? "library" : problem.field(), problem.messageKey());
		}
		catch (LinkLibraries.Unavailable ex) {
			result.rejectValue("library", "admin.links.libraries.plexUnavailable");
		}
		return null;
	}

	private String show(Model model, LinkOverview link, AccessProfile hidden) {
		model.addAttribute("link", link);
		model.addAttribute("profiles", this.profiles.all());
		this.libraries.addChoices(model, hidden);
		return "admin/link-form";
	}

	/** A link by id and label: its code is a secret, never logged. */
	static String target(InviteLink link) {
		return "link #" + link.id() + " " + link.label();
	}

	private AccessProfile hiddenProfileOf(InviteLink link) {
		return (link != null) ? this.profiles.find(link.profileId()).filter(AccessProfile::hidden).orElse(null) : null;
	}

}
