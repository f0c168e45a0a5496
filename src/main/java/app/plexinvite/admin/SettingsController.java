package app.plexinvite.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.invite.Invitations;

/**
 * The request form's rules: the invite code and whether the owner approves each request.
 */
@Controller
class SettingsController {

	static final int LONGEST_CODE = 100;

	private final Invitations invitations;

	SettingsController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/admin/settings")
	String show(Model model) {
		model.addAttribute("inviteCode", this.invitations.inviteCode());
		model.addAttribute("approvalRequired", this.invitations.approvalRequired());
		return "admin/settings";
	}

	@PostMapping("/admin/settings/invite-code")
	String changeCode(@RequestParam(defaultValue = "") String code, RedirectAttributes flash) {
		String trimmed = code.strip();
		if (trimmed.length() > LONGEST_CODE) {
			flash.addFlashAttribute("problem", "admin.settings.code.tooLong");
			return "redirect:/admin/settings";
		}
		this.invitations.changeInviteCode(trimmed.isEmpty() ? null : trimmed);
		flash.addFlashAttribute("success",
				trimmed.isEmpty() ? "admin.settings.code.cleared" : "admin.settings.code.saved");
		return "redirect:/admin/settings";
	}

	@PostMapping("/admin/settings/approval")
	String changeApproval(@RequestParam(defaultValue = "false") boolean required, RedirectAttributes flash) {
		this.invitations.requireApproval(required);
		flash.addFlashAttribute("success", required ? "admin.settings.approval.on" : "admin.settings.approval.off");
		return "redirect:/admin/settings";
	}

}
