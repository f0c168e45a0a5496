package app.plexinvite.invite;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.plexinvite.plex.PlexClient;

/** A request's status page, reached by its unguessable link. */
@Controller
class RequestStatusController {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final InviteRequests requests;

	private final PlexClient plex;

	RequestStatusController(InviteRequests requests, PlexClient plex) {
		this.requests = requests;
		this.plex = plex;
	}

	@GetMapping("/requests/{token}")
	String status(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!TOKEN.matcher(token).matches()) {
			throw RequestNotFound.forToken();
		}
		InviteRequest request = this.requests.findByToken(token).orElseThrow(RequestNotFound::forToken);
		model.addAttribute("request", RequestView.of(request));
		model.addAttribute("email", request.identifier().contains("@"));
		model.addAttribute("serverName", this.plex.serverName());
		model.addAttribute("hopeful", !request.status().isFinal() || request.status().granted());
		if (!request.status().isFinal()) {
			// Reload while something may still change (no script needed, CSP stays
			// strict).
			response.setHeader("Refresh", "15");
		}
		return "invite/status";
	}

}
