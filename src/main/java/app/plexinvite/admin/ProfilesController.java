package app.plexinvite.admin;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.profiles.ProfileRefused;

/**
 * The owner's access profiles: the list, the create and edit form, default and delete.
 * After an edit of a profile people have, the push preview comes next.
 */
@Controller
class ProfilesController {

	private final AccessProfiles profiles;

	private final ProfileFormPage page;

	private final AuditLog audit;

	ProfilesController(AccessProfiles profiles, ProfileFormPage page, AuditLog audit) {
		this.profiles = profiles;
		this.page = page;
		this.audit = audit;
	}

	@InitBinder("form")
	void declarative(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** The former libraries page is the default profile now. */
	@GetMapping("/admin/libraries")
	String libraries() {
		return "redirect:/admin/profiles";
	}

	@GetMapping("/admin/profiles")
	String list(Model model) {
		model.addAttribute("rows",
				this.profiles.all()
					.stream()
					.map((profile) -> new ProfileRow(profile, this.profiles.holders(profile.id()).size()))
					.toList());
		return "admin/profiles";
	}

	@GetMapping("/admin/profiles/new")
	String newProfile(Model model) {
		return this.page.show(model, null, ProfileForm.empty(), List.of());
	}

	@PostMapping("/admin/profiles")
	String create(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		Optional<ProfileDraft> draft = this.page.draft(bound(form), List.of(), result);
		if (draft.isPresent()) {
			try {
				AccessProfile created = this.profiles.create(draft.get());
				this.audit.ownerDid(AuditAction.PROFILE_CREATED, target(created), AuditOutcome.ok());
				flash.addFlashAttribute("success", "admin.profiles.created");
				return "redirect:/admin/profiles";
			}
			catch (ProfileRefused ex) {
				ProfileFormPage.reject(ex, result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return this.page.show(model, null, form, List.of());
	}

	@GetMapping("/admin/profiles/{id}")
	String edit(@PathVariable long id, Model model) {
		AccessProfile profile = owned(id);
		return this.page.show(model, id, ProfileForm.of(profile), profile.libraries());
	}

	@PostMapping("/admin/profiles/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		AccessProfile profile = owned(id);
		Optional<ProfileDraft> draft = this.page.draft(bound(form), profile.libraries(), result);
		if (draft.isPresent()) {
			try {
				this.audit.ownerDid(AuditAction.PROFILE_EDITED, target(this.profiles.update(id, draft.get())),
						AuditOutcome.ok());
				flash.addFlashAttribute("success", "admin.profiles.saved");
				boolean held = !this.profiles.holders(id).isEmpty();
				return held ? "redirect:/admin/profiles/" + id + "/push" : "redirect:/admin/profiles";
			}
			catch (ProfileRefused ex) {
				ProfileFormPage.reject(ex, result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return this.page.show(model, id, form, profile.libraries());
	}

	@PostMapping("/admin/profiles/{id}/default")
	String makeDefault(@PathVariable long id, RedirectAttributes flash) {
		AccessProfile profile = owned(id);
		return act(AuditAction.PROFILE_MADE_DEFAULT, profile, () -> this.profiles.makeDefault(profile.id()),
				"admin.profiles.madeDefault", flash);
	}

	@PostMapping("/admin/profiles/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes flash) {
		AccessProfile profile = owned(id);
		return act(AuditAction.PROFILE_DELETED, profile, () -> this.profiles.delete(profile.id()),
				"admin.profiles.deleted", flash);
	}

	private String act(AuditAction audited, AccessProfile profile, Runnable action, String doneKey,
			RedirectAttributes flash) {
		try {
			action.run();
			flash.addFlashAttribute("success", doneKey);
			this.audit.ownerDid(audited, target(profile), AuditOutcome.ok());
		}
		catch (ProfileRefused ex) {
			flash.addFlashAttribute("problem", ex.messageKey());
			this.audit.ownerDid(audited, target(profile), AuditOutcome.failed(ex.messageKey()));
		}
		return "redirect:/admin/profiles";
	}

	static String target(AccessProfile profile) {
		return "profile #" + profile.id() + " " + profile.name();
	}

	/**
	 * Every text field binds; only a forged check box value ("maybe") leaves no form, and
	 * no person typed that.
	 */
	private static ProfileForm bound(ProfileForm form) {
		if (form == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return form;
	}

	/** One of the owner's profiles; a link's hidden one is edited with its link. */
	private AccessProfile owned(long id) {
		return this.profiles.find(id)
			.filter((profile) -> !profile.hidden())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A line of the list. Public only for the template engine.
	 *
	 * @param profile the profile
	 * @param holders how many people have it
	 */
	public record ProfileRow(AccessProfile profile, int holders) {
	}

}
