package app.plexinvite.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.backup.DatabaseBackup;
import app.plexinvite.invite.Invitations;

/**
 * The request form's rules (the invite code and whether the owner approves each request)
 * and the database backup ({@link BackupController}).
 */
@Controller
class SettingsController {

	static final int LONGEST_CODE = 100;

	private final Invitations invitations;

	private final AuditLog audit;

	private final DatabaseBackup backup;

	SettingsController(Invitations invitations, AuditLog audit, DatabaseBackup backup) {
		this.invitations = invitations;
		this.audit = audit;
		this.backup = backup;
	}

	@GetMapping("/admin/settings")
	String show(Model model) {
		model.addAttribute("inviteCode", this.invitations.inviteCode());
		model.addAttribute("approvalRequired", this.invitations.approvalRequired());
		model.addAttribute("backupSupported", this.backup.supported());
		return "admin/settings";
	}

	@PostMapping("/admin/settings/invite-code")
	String changeCode(@RequestParam(defaultValue = "") String code, RedirectAttributes flash) {
		String trimmed = code.strip();
		if (trimmed.length() > LONGEST_CODE) {
			flash.addFlashAttribute("problem", "admin.settings.code.tooLong");
			this.audit.ownerDid(AuditAction.INVITE_CODE_CHANGED, "invite code", AuditOutcome.failed("too long"));
			return "redirect:/admin/settings";
		}
		this.invitations.changeInviteCode(trimmed.isEmpty() ? null : trimmed);
		// The code itself is a secret: only whether one is set.
		this.audit.ownerDid(AuditAction.INVITE_CODE_CHANGED, "invite code",
				AuditOutcome.ok(trimmed.isEmpty() ? "cleared" : "set"));
		flash.addFlashAttribute("success",
				trimmed.isEmpty() ? "admin.settings.code.cleared" : "admin.settings.code.saved");
		return "redirect:/admin/settings";
	}

	@PostMapping("/admin/settings/approval")
	String changeApproval(@RequestParam(defaultValue = "false") boolean required, RedirectAttributes flash) {
		this.invitations.requireApproval(required);
		this.audit.ownerDid(AuditAction.APPROVAL_MODE_CHANGED, "request approval",
				AuditOutcome.ok(required ? "on" : "off"));
		flash.addFlashAttribute("success", required ? "admin.settings.approval.on" : "admin.settings.approval.off");
		return "redirect:/admin/settings";
	}

}
