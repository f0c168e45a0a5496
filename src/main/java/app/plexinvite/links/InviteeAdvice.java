package app.plexinvite.links;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An expired, revoked or used-up link gets a kind page with 410, never an error page. */
@ControllerAdvice(assignableTypes = { InviteeController.class, PlexSignInController.class })
class InviteeAdvice {

	@ExceptionHandler(LinkUnavailable.class)
	String unavailable(LinkUnavailable ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("state", ex.state());
		return "links/closed";
	}

}
