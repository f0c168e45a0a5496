package app.plexinvite.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.ContentFilter;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.profiles.ProfileRefused;

/**
 * The profile form's two halves shared by create and edit: the page (the server's
 * libraries with their current titles, or the stored choices and a note when Plex cannot
 * be asked) and turning what was posted into a draft, with field errors.
 */
@Component
class ProfileFormPage {

	static final String VIEW = "admin/profile-form";

	private final PlexClient plex;

	ProfileFormPage(PlexClient plex) {
		this.plex = plex;
	}

	String show(Model model, Long profileId, ProfileForm form, List<AccessProfile.Library> stored) {
		List<PlexLibrary> onServer = List.of();
		boolean answered = true;
		try {
			onServer = this.plex.libraries();
		}
		catch (PlexException ex) {
			answered = false;
			model.addAttribute("plexProblem", ex.messageKey());
			model.addAttribute("plexProblemArguments", PlexStep.argumentsOf(ex));
		}
		model.addAttribute("form", form);
		model.addAttribute("profileId", profileId);
		model.addAttribute("choices", LibraryChoice.of(onServer, answered, stored, form.libraryIds()));
		model.addAttribute("types", ProfileForm.TYPES);
		model.addAttribute("kinds", ProfileForm.KINDS);
		return VIEW;
	}

	/** The draft, or empty with the reasons added to {@code result}. */
	Optional<ProfileDraft> draft(ProfileForm form, List<AccessProfile.Library> stored, BindingResult result) {
		checkFilters(form, result);
		if (form.limited() && !result.hasFieldErrors("accessDays")) {
			checkDays(form, result);
		}
		List<AccessProfile.Library> libraries = form.allLibraries() ? List.of() : titled(form, stored, result);
		if (!form.allLibraries() && libraries.isEmpty() && !result.hasFieldErrors("library")) {
			result.rejectValue("library", "profiles.libraries.required");
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new ProfileDraft(form.name(), form.allLibraries(), libraries, form.allowSync(),
				form.allowChannels(), form.allowCameraUpload(), form.contentFilter("movies"),
				form.contentFilter("television"), form.contentFilter("music"), form.limited() ? form.days() : null));
	}

	private static void checkDays(ProfileForm form, BindingResult result) {
		if (form.accessDays() == null || form.accessDays().isBlank()) {
			result.rejectValue("accessDays", "profiles.accessDays.required");
		}
		else if (form.days() == null) {
			result.rejectValue("accessDays", "profiles.accessDays.number");
		}
	}

	/** Adds what the profiles feature refused to the form's errors. */
	static void reject(ProfileRefused refused, BindingResult result) {
		if (refused.field() == null) {
			result.reject(refused.messageKey());
		}
		else {
			result.rejectValue(refused.field().equals("libraries") ? "library" : refused.field(), refused.messageKey());
		}
	}

	private static void checkFilters(ProfileForm form, BindingResult result) {
		for (String type : ProfileForm.TYPES) {
			for (String kind : ProfileForm.KINDS) {
				try {
					new ContentFilter(List.of(form.filter(type, kind).split(",")), null, null, null);
				}
				catch (IllegalArgumentException ex) {
					if (!result.hasFieldErrors(type + kind)) {
						result.rejectValue(type + kind, "profiles.filter.invalid");
					}
				}
			}
		}
	}

	/**
	 * The ticked ids with the server's current title, else the stored one. An id known to
	 * neither is a forged form, ignored; unless Plex could not be asked: then it is an
	 * error, never a silent drop.
	 */
	private List<AccessProfile.Library> titled(ProfileForm form, List<AccessProfile.Library> stored,
			BindingResult result) {
		Map<Long, String> titles = new HashMap<>();
		stored.forEach((library) -> titles.put(library.plexTvId(), library.title()));
		try {
			this.plex.libraries()
				.stream()
				.filter(PlexLibrary::shareable)
				.forEach((library) -> titles.put(library.plexTvId(), library.title()));
		}
		catch (PlexException ex) {
			if (!titles.keySet().containsAll(form.libraryIds())) {
				result.rejectValue("library", "profiles.libraries.plexUnavailable");
			}
		}
		return form.libraryIds()
			.stream()
			.filter(titles::containsKey)
			.sorted()
			.map((id) -> new AccessProfile.Library(id, titles.get(id)))
			.toList();
	}

}
