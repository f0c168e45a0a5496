package app.plexinvite.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkOverview;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.security.QrCodes;

/**
 * The owner's invite links: the list, one link with everyone who redeemed it and their
 * share as Plex shows it now, its QR code, revoke and delete.
 */
@Controller
class LinksController {

	private final InviteLinks links;

	private final AccessProfiles profiles;

	private final PlexClient plex;

	private final AuditLog audit;

	LinksController(InviteLinks links, AccessProfiles profiles, PlexClient plex, AuditLog audit) {
		this.links = links;
		this.profiles = profiles;
		this.plex = plex;
		this.audit = audit;
	}

	@GetMapping("/admin/links")
	String list(Model model) {
		List<LinkOverview> links = this.links.list();
		model.addAttribute("links", links);
		model.addAttribute("profileNames", profileNames());
		model.addAttribute("publicUrlSet", links.isEmpty() || links.get(0).absolute());
		return "admin/links";
	}

	@GetMapping("/admin/links/{id}")
	String detail(@PathVariable long id, Model model) {
		LinkOverview link = this.links.find(id).orElseThrow(() -> LinkNotFound.withId(id));
		List<PlexShare> shares = null;
		try {
			shares = new ArrayList<>(this.plex.pendingInvites());
			shares.addAll(this.plex.acceptedShares());
		}
		catch (PlexException ex) {
			model.addAttribute("plexProblem", ex.messageKey());
			model.addAttribute("plexProblemArguments", PlexStep.argumentsOf(ex));
		}
		model.addAttribute("link", link);
		model.addAttribute("profileName", profileNames().get(link.link().profileId()));
		model.addAttribute("rows", RedemptionRow.of(this.links.redemptions(id), shares, this.links.failureDetails(id)));
		return "admin/link";
	}

	/** Only for a full link: a QR code of a bare path would lead nowhere. */
	@GetMapping("/admin/links/{id}/qr.svg")
	ResponseEntity<String> qr(@PathVariable long id) {
		LinkOverview link = this.links.find(id)
			.filter(LinkOverview::absolute)
			.orElseThrow(() -> LinkNotFound.withId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(QrCodes.svg(link.address()));
	}

	@PostMapping("/admin/links/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes flash) {
		String target = this.links.find(id).map((link) -> LinkFormController.target(link.link())).orElse(null);
		try {
			this.links.revoke(id);
			flash.addFlashAttribute("success", "admin.links.revoked");
			this.audit.ownerDid(AuditAction.LINK_REVOKED, target, AuditOutcome.ok());
		}
		catch (IllegalStateException ex) {
			flash.addFlashAttribute("problem", "admin.links.alreadyRevoked");
			this.audit.ownerDid(AuditAction.LINK_REVOKED, target, AuditOutcome.failed("already revoked"));
		}
		catch (NoSuchElementException ex) {
			throw LinkNotFound.withId(id);
		}
		return "redirect:/admin/links/" + id;
	}

	@PostMapping("/admin/links/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes flash) {
		String target = this.links.find(id).map((link) -> LinkFormController.target(link.link())).orElse(null);
		try {
			this.links.delete(id);
		}
		catch (NoSuchElementException ex) {
			throw LinkNotFound.withId(id);
		}
		this.audit.ownerDid(AuditAction.LINK_DELETED, target, AuditOutcome.ok());
		flash.addFlashAttribute("success", "admin.links.deleted");
		return "redirect:/admin/links";
	}

	/**
	 * The owner's profiles by id; a link with its own libraries has a hidden one, not
	 * listed.
	 */
	private Map<Long, String> profileNames() {
		return this.profiles.all().stream().collect(Collectors.toMap(AccessProfile::id, AccessProfile::name));
	}

}
