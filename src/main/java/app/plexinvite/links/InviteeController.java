package app.plexinvite.links;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.plexinvite.onboarding.Onboarding;

/**
 * The invitee's pages of a link: the invitation ({@code /i/{code}}), the typed-username
 * request when the link allows it, and the welcome page with the outcome and the guide.
 */
@Controller
class InviteeController {

	private final LinkPages pages;

	private final InviteLinks links;

	private final TypedJoins joins;

	private final PlexSignIns signIns;

	private final Onboarding onboarding;

	InviteeController(LinkPages pages, InviteLinks links, TypedJoins joins, PlexSignIns signIns,
			Onboarding onboarding) {
		this.pages = pages;
		this.links = links;
		this.joins = joins;
		this.signIns = signIns;
		this.onboarding = onboarding;
	}

	@GetMapping("/i/{code}")
	String invitation(@PathVariable String code, Model model) {
		model.addAttribute("link", this.pages.view(this.pages.open(code)));
		model.addAttribute("form", new UsernameForm(""));
		return "links/invite";
	}

	@PostMapping("/i/{code}/username")
	String requestByName(@PathVariable String code, @Valid @ModelAttribute("form") UsernameForm form,
			BindingResult errors, @RequestParam(defaultValue = "false") boolean rulesAccepted, Model model,
			HttpServletResponse response, Locale locale) {
		InviteLink link = this.pages.open(code);
		if (!link.allowUsername()) {
			throw InviteLinkNotFound.forCode(code);
		}
		if (!errors.hasErrors() && this.onboarding.rules().enabled() && !rulesAccepted) {
			errors.reject("links.rules.required");
		}
		if (!errors.hasErrors() && !this.links.tryAttempt(link)) {
			errors.reject("links.outcome.TOO_MANY_ATTEMPTS");
		}
		if (!errors.hasErrors()) {
			TypedJoins.TypedOutcome outcome = this.joins.requestByName(link, form.identifier().strip(), locale);
			if (outcome.linkClosed()) {
				this.pages.open(code);
				throw LinkUnavailable.because(LinkState.USED_UP);
			}
			if (outcome.statusToken() != null) {
				return "redirect:/requests/" + outcome.statusToken();
			}
			errors.rejectValue("identifier", outcome.errorKey());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("link", this.pages.view(link));
		return "links/invite";
	}

	@GetMapping("/i/{code}/welcome")
	String welcome(@PathVariable String code, HttpServletRequest request, Model model) {
		String known = this.pages.known(code).code();
		SignInAttempt attempt = this.signIns.find(InviteeSession.attemptId(request))
			.filter((found) -> found.code().equals(known))
			.orElse(null);
		if (attempt == null) {
			return "redirect:/i/" + known;
		}
		model.addAttribute("code", known);
		model.addAttribute("serverName", this.pages.serverName());
		if (attempt.state() != SignInAttempt.State.DONE) {
			return "links/waiting";
		}
		model.addAttribute("outcome", attempt.outcome());
		model.addAttribute("steps",
				(attempt.outcome().kind() == JoinOutcome.Kind.JOINED) ? this.onboarding.steps() : List.of());
		return "links/welcome";
	}

	/**
	 * A typed Plex username or e-mail (checked in full by the request form's rules).
	 *
	 * @param identifier what they typed
	 */
	record UsernameForm(@NotBlank(message = "{invite.identifier.required}") @Size(max = 254,
			message = "{invite.identifier.too-long}") String identifier) {

		UsernameForm {
			identifier = (identifier != null) ? identifier : "";
		}

	}

}
