package app.plexinvite.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.ShareConfiguration;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;

/**
 * Which libraries a new share gets, and its settings; saved by plex.tv section id and
 * title.
 */
@Controller
class LibrariesController {

	private final Invitations invitations;

	private final PlexClient plex;

	LibrariesController(Invitations invitations, PlexClient plex) {
		this.invitations = invitations;
		this.plex = plex;
	}

	@GetMapping("/admin/libraries")
	String show(Model model) {
		ShareConfiguration saved = this.invitations.shareConfiguration();
		List<PlexLibrary> onServer = List.of();
		try {
			onServer = this.plex.libraries();
		}
		catch (PlexException ex) {
			model.addAttribute("plexProblem", ex.messageKey());
			model.addAttribute("plexProblemArguments", PlexStep.argumentsOf(ex));
		}
		model.addAttribute("choices", LibraryChoice.of(onServer, saved));
		model.addAttribute("saved", saved);
		return "admin/libraries";
	}

	@PostMapping("/admin/libraries")
	String save(@RequestParam(name = "library", required = false) Set<Long> chosen,
			@RequestParam(defaultValue = "false") boolean allLibraries,
			@RequestParam(defaultValue = "false") boolean allowSync,
			@RequestParam(defaultValue = "false") boolean allowChannels,
			@RequestParam(defaultValue = "false") boolean allowCameraUpload, RedirectAttributes flash) {
		Set<Long> ids = (chosen != null) ? chosen : Set.of();
		if (!allLibraries && ids.isEmpty()) {
			flash.addFlashAttribute("problem", "admin.libraries.noneChosen");
			return "redirect:/admin/libraries";
		}
		List<ShareConfiguration.SharedLibrary> libraries;
		try {
			libraries = titled(ids);
		}
		catch (PlexException ex) {
			flash.addFlashAttribute("problem", "admin.libraries.plexUnavailable");
			return "redirect:/admin/libraries";
		}
		this.invitations.saveShareConfiguration(new ShareConfiguration(allLibraries,
				allLibraries ? List.of() : libraries, allowSync, allowChannels, allowCameraUpload));
		flash.addFlashAttribute("success", "admin.libraries.saved");
		return "redirect:/admin/libraries";
	}

	/**
	 * The chosen ids with their titles: the server's current title, or the saved one for
	 * a library that is gone. An id that is neither (a forged form) is ignored.
	 */
	private List<ShareConfiguration.SharedLibrary> titled(Set<Long> ids) {
		Map<Long, String> titles = this.invitations.shareConfiguration()
			.libraries()
			.stream()
			.collect(Collectors.toMap(ShareConfiguration.SharedLibrary::plexTvId,
					ShareConfiguration.SharedLibrary::title));
		this.plex.libraries()
			.stream()
			.filter((library) -> library.plexTvId() != null)
			.forEach((library) -> titles.put(library.plexTvId(), library.title()));
		return ids.stream()
			.filter(titles::containsKey)
			.sorted()
			.map((id) -> new ShareConfiguration.SharedLibrary(id, titles.get(id)))
			.toList();
	}

}
