package app.plexinvite.setup;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.crypto.SealedText;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexOwnedServer;
import app.plexinvite.plex.PlexPin;
import app.plexinvite.plex.PlexToken;

/**
 * Set-up's "Sign in with Plex" (plex-protocol.md §10): a PIN is created and the browser
 * sent to Plex's sign-in page, which sends it back to {@value #RETURN}; the PIN is polled
 * then (and on "I have signed in"), the owner's servers listed from plex.tv's resources,
 * and the chosen one kept with the token (encrypted).
 */
@Controller
class PlexSetupController {

	static final String RETURN = "/setup/plex/return";

	private static final Logger log = LoggerFactory.getLogger(PlexSetupController.class);

	private final FirstRunSetup setup;

	private final PlexClient plex;

	private final SetupProperties properties;

	/** The token in the set-up session, which is stored in the database. */
	private final SealedText tokens;

	PlexSetupController(FirstRunSetup setup, PlexClient plex, SetupProperties properties, Environment environment) {
		this.setup = setup;
		this.plex = plex;
		this.properties = properties;
		this.tokens = new SealedText(environment.getRequiredProperty("plexinvite.secret-key"),
				"plex-invite/setup-session-token/v1", "spring_session_attributes.attribute_bytes");
	}

	@PostMapping("/setup/plex")
	String signIn(HttpServletRequest request, RedirectAttributes flash) {
		SetupSession session = SetupSession.of(request);
		if (!session.allowed() || this.setup.plexStatus().tokenInEnvironment()) {
			return "redirect:/setup";
		}
		try {
			PlexPin pin = this.setup.withinAFewSeconds(this.plex::createPin);
			session.forgetPlex();
			session.waitForPin(pin.id());
			return "redirect:" + this.plex.authUrl(pin, returnUrl());
		}
		catch (PlexException | TimeoutException ex) {
			return problem(flash, ex);
		}
	}

	@GetMapping(RETURN)
	String returned(HttpServletRequest request, RedirectAttributes flash) {
		return check(request, flash);
	}

	@PostMapping("/setup/plex/check")
	String check(HttpServletRequest request, RedirectAttributes flash) {
		SetupSession session = SetupSession.of(request);
		Long pinId = session.pin();
		if (!session.allowed() || pinId == null) {
			return "redirect:/setup";
		}
		try {
			PlexPin pin = this.setup.withinAFewSeconds(() -> this.plex.pollPin(pinId));
			if (!pin.approved()) {
				flash.addFlashAttribute("plexProblem", "setup.plex.notYet");
				return "redirect:/setup";
			}
			List<PlexOwnedServer> servers = this.setup.withinAFewSeconds(() -> this.plex.ownedServers(pin.authToken()));
			session.signedInWithPlex(this.tokens.seal(pin.authToken().value().getBytes(StandardCharsets.UTF_8)),
					servers);
		}
		catch (PlexException | TimeoutException ex) {
			return problem(flash, ex);
		}
		return "redirect:/setup";
	}

	@PostMapping("/setup/plex/server")
	String chooseServer(@RequestParam(defaultValue = "") String server, HttpServletRequest request,
			RedirectAttributes flash) {
		SetupSession session = SetupSession.of(request);
		PlexToken token = token(session);
		if (!session.allowed() || token == null) {
			return "redirect:/setup";
		}
		boolean named = this.setup.plexStatus().serverInEnvironment();
		if (!named && session.servers().stream().noneMatch((owned) -> owned.name().equals(server))) {
			flash.addFlashAttribute("plexProblem", "setup.plex.pickServer");
			return "redirect:/setup";
		}
		this.plex.connect(token, named ? null : server);
		session.forgetPlex();
		return this.setup.finishIfComplete() ? "redirect:/admin" : "redirect:/setup";
	}

	/**
	 * The token from the session; null when there is none or SECRET_KEY changed since.
	 */
	private PlexToken token(SetupSession session) {
		String sealed = session.sealedToken();
		try {
			return (sealed != null) ? new PlexToken(new String(this.tokens.open(sealed), StandardCharsets.UTF_8))
					: null;
		}
		catch (SealedText.Unreadable ex) {
			return null;
		}
	}

	/**
	 * PUBLIC_URL/setup/plex/return when PUBLIC_URL is set. Without it there is no return
	 * address: links are never built from request headers, so the owner comes back to
	 * this page by hand and presses "I have signed in" (the page says so).
	 */
	private URI returnUrl() {
		URI base = this.properties.publicUrl();
		return (base != null) ? URI.create(base.toString().replaceAll("/+$", "") + RETURN) : null;
	}

	private static String problem(RedirectAttributes flash, Exception ex) {
		if (ex instanceof PlexException plexProblem) {
			log.warn("Set-up could not sign in with Plex: {}", plexProblem.getMessage());
			flash.addFlashAttribute("plexProblem", (plexProblem.reason() == PlexException.Reason.PIN_EXPIRED)
					? "setup.plex.expired" : "setup.plex.failed");
		}
		else {
			flash.addFlashAttribute("plexProblem", "setup.plex.slow");
		}
		return "redirect:/setup";
	}

}
