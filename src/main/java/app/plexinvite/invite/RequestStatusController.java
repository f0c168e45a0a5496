package app.plexinvite.invite;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.plexinvite.plex.PlexClient;

/**
 * A request's status page, reached by its unguessable link. It reloads itself (a Refresh
 * header: no script needed, CSP stays strict) while something may still change: every
 * {@value #SOON} s while the request is fresh and in the pipeline's hands (the form only
 * hands the send off, so the outcome follows within moments), every {@value #LATER} s
 * otherwise.
 */
@Controller
class RequestStatusController {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	static final int SOON = 2;

	static final int LATER = 15;

	/** How long after it was made a request counts as fresh. */
	static final Duration FRESH = Duration.ofMinutes(1);

	private final InviteRequests requests;

	private final PlexClient plex;

	private final Clock clock;

	RequestStatusController(InviteRequests requests, PlexClient plex, ObjectProvider<Clock> clock) {
		this.requests = requests;
		this.plex = plex;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
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
			response.setHeader("Refresh", String.valueOf(soon(request) ? SOON : LATER));
		}
		return "invite/status";
	}

	private boolean soon(InviteRequest request) {
		boolean inHand = request.status() == RequestStatus.QUEUED || request.status() == RequestStatus.SENDING;
		return inHand && request.createdAt().isAfter(this.clock.instant().minus(FRESH));
	}

}
