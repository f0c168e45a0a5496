package app.plexinvite.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The owner's start page: is Plex reachable, which server, which libraries can be shared.
 */
@Controller
class DashboardController {

	private final PlexStatusCheck plexStatus;

	DashboardController(PlexStatusCheck plexStatus) {
		this.plexStatus = plexStatus;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("plex", this.plexStatus.check());
		return "admin/dashboard";
	}

}
