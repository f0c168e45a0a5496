package app.plexinvite.config;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: whether to show the demo banner. */
@ControllerAdvice
class LayoutAdvice {

	private final boolean demoMode;

	LayoutAdvice(Environment environment) {
		this.demoMode = environment.matchesProfiles("demo");
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demoMode;
	}

}
