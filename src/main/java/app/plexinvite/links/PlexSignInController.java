package app.plexinvite.links;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.onboarding.Onboarding;
import app.plexinvite.plex.PlexException;

/**
 * "Sign in with Plex" on a link (plex-protocol.md §10). The script (static/js/join.js)
 * posts for JSON, opens Plex's page in a popup and polls {@code status}; a blocked popup
 * sends the whole page (back to {@code /i/{code}/return} with PUBLIC_URL). Without script
 * the form post sends the page to Plex itself.
 */
@Controller
class PlexSignInController {

	private static final Logger log = LoggerFactory.getLogger(PlexSignInController.class);

	private final LinkPages pages;

	private final InviteLinks links;

	private final PlexSignIns signIns;

	private final Onboarding onboarding;

	private final JoinProperties properties;

	private final MessageSource messages;

	PlexSignInController(LinkPages pages, InviteLinks links, PlexSignIns signIns, Onboarding onboarding,
			JoinProperties properties, MessageSource messages) {
		this.pages = pages;
		this.links = links;
		this.signIns = signIns;
		this.onboarding = onboarding;
		this.properties = properties;
		this.messages = messages;
	}

	@PostMapping("/i/{code}/signin")
	String signIn(@PathVariable String code, @RequestParam(defaultValue = "false") boolean rulesAccepted,
			HttpServletRequest request, RedirectAttributes flash, Model model) {
		Begun begun = begin(code, rulesAccepted, request);
		if (begun.problemKey() != null) {
			flash.addFlashAttribute("problem", begun.problemKey());
			return "redirect:/i/" + this.pages.known(code).code();
		}
		// A page that moves on by itself, not a redirect: the Content-Security-Policy's
		// form-action 'self' would stop a form post redirected to Plex's origin.
		model.addAttribute("plexUrl", begun.started().pageUrl().toString());
		return "links/to-plex";
	}

	@PostMapping(path = "/i/{code}/signin", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> signInForScript(@PathVariable String code,
			@RequestParam(defaultValue = "false") boolean rulesAccepted, HttpServletRequest request, Locale locale) {
		Begun begun = begin(code, rulesAccepted, request);
		if (begun.problemKey() != null) {
			return ResponseEntity.status(begun.status())
				.body(Map.of("error", this.messages.getMessage(begun.problemKey(), null, locale)));
		}
		Map<String, String> body = new LinkedHashMap<>();
		body.put("popupUrl", begun.started().popupUrl().toString());
		body.put("pageUrl", begun.started().pageUrl().toString());
		body.put("statusUrl", request.getContextPath() + "/i/" + code + "/status");
		return ResponseEntity.ok(body);
	}

	@GetMapping(path = "/i/{code}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> status(@PathVariable String code, HttpServletRequest request) {
		return this.signIns.find(InviteeSession.attemptId(request))
			.filter((attempt) -> attempt.code().equals(code))
			.map((attempt) -> ResponseEntity.ok(Map.of("state", attempt.state().name().toLowerCase(Locale.ROOT), "next",
					request.getContextPath() + "/i/" + code + "/welcome")))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("state", "unknown")));
	}

	/** Where Plex's page sends the browser back (PUBLIC_URL only). */
	@GetMapping("/i/{code}/return")
	String returned(@PathVariable String code) {
		// Only a code that names a link goes into the redirect.
		return "redirect:/i/" + this.pages.known(code).code() + "/welcome";
	}

	private Begun begin(String code, boolean rulesAccepted, HttpServletRequest request) {
		InviteLink link = this.pages.forSignIn(code);
		if (this.onboarding.rules().enabled() && !rulesAccepted) {
			return Begun.problem("links.rules.required", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (!this.links.tryAttempt(link)) {
			return Begun.problem("links.outcome.TOO_MANY_ATTEMPTS", HttpStatus.TOO_MANY_REQUESTS);
		}
		try {
			PlexSignIns.Started started = this.signIns.start(link, this.properties.at("/i/" + code + "/return"),
					LocaleContextHolder.getLocale());
			this.signIns.forget(InviteeSession.attemptId(request));
			InviteeSession.remember(request, started.attemptId());
			return new Begun(started, null, HttpStatus.OK);
		}
		catch (PlexException | IllegalStateException ex) {
			log.warn("Could not start a Plex sign-in for link {}: {}", link.id(), ex.getMessage());
			return Begun.problem("links.signIn.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
		}
	}

	private record Begun(PlexSignIns.Started started, String problemKey, HttpStatus status) {

		static Begun problem(String key, HttpStatus status) {
			return new Begun(null, key, status);
		}

	}

}
