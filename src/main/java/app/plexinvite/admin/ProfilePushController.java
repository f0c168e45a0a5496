package app.plexinvite.admin;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileHolder;
import app.plexinvite.profiles.ProfileRefused;
import app.plexinvite.profiles.PushResult;

/**
 * After an edit: who has the profile, and updating their shares on Plex to it (only when
 * the owner asks; existing friends are never changed silently).
 */
@Controller
class ProfilePushController {

	private final AccessProfiles profiles;

	private final AuditLog audit;

	ProfilePushController(AccessProfiles profiles, AuditLog audit) {
		this.profiles = profiles;
		this.audit = audit;
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
		AccessProfile profile = owned(id);
		List<ProfileHolder> holders = this.profiles.holders(id);
		try {
			PushResult result = this.profiles.push(id);
			flash.addFlashAttribute("result", result);
			holders.forEach((holder) -> this.audit.ownerDid(AuditAction.PROFILE_PUSHED, target(profile, holder),
					outcome(holder, result)));
		}
		catch (ProfileRefused ex) {
			flash.addFlashAttribute("problem", ex.messageKey());
			this.audit.ownerDid(AuditAction.PROFILE_PUSHED, ProfilesController.target(profile),
					AuditOutcome.failed(ex.messageKey()));
		}
		return "redirect:/admin/profiles/" + id + "/push";
	}

	private static String target(AccessProfile profile, ProfileHolder holder) {
		return holder.name() + " (" + holder.source() + " #" + holder.recordId() + ") with "
				+ ProfilesController.target(profile);
	}

	/** Per person: updated, skipped (no share id known), or refused by Plex. */
	private static AuditOutcome outcome(ProfileHolder holder, PushResult result) {
		if (holder.plexShareId() == null) {
			return AuditOutcome.failed("skipped: Plex never told us the share");
		}
		return result.failed().contains(holder.name()) ? AuditOutcome.failed("Plex did not take the update")
				: AuditOutcome.ok();
	}

	private AccessProfile owned(long id) {
		return this.profiles.find(id)
			.filter((profile) -> !profile.hidden())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
