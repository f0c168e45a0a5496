package app.plexinvite.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileRefused;
import app.plexinvite.profiles.PushResult;

/**
 * After an edit: who has the profile, and updating their shares on Plex to it (only when
 * the owner asks; existing friends are never changed silently).
 */
@Controller
class ProfilePushController {

	private final AccessProfiles profiles;

	ProfilePushController(AccessProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/admin/profiles/{id}/push")
	String preview(@PathVariable long id, Model model) {
		AccessProfile profile = owned(id);
		model.addAttribute("profile", profile);
		model.addAttribute("holders", this.profiles.holders(id));
		return "admin/profile-push";
	}

	@PostMapping("/admin/profiles/{id}/push")
	String push(@PathVariable long id, RedirectAttributes flash) {
		owned(id);
		try {
			PushResult result = this.profiles.push(id);
			flash.addFlashAttribute("result", result);
		}
		catch (ProfileRefused ex) {
			flash.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/admin/profiles/" + id + "/push";
	}

	private AccessProfile owned(long id) {
		return this.profiles.find(id)
			.filter((profile) -> !profile.hidden())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
