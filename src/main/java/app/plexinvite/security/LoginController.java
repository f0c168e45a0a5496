package app.plexinvite.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The owner's sign-in page; Spring Security processes the POST. */
@Controller
class LoginController {

	@GetMapping(WebSecurityConfiguration.LOGIN)
	String login() {
		return "security/login";
	}

}
