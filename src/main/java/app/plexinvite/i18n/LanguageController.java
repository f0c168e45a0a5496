package app.plexinvite.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The switcher's form: keeps the chosen language in a cookie and goes back to the page it
 * came from, when that is a path on this site (never another site).
 */
@Controller
class LanguageController {

	static final String PATH = "/language";

	private final LanguageResolver resolver;

	LanguageController(LanguageResolver resolver) {
		this.resolver = resolver;
	}

	@PostMapping(PATH)
	RedirectView choose(@RequestParam(name = "lang", required = false) @Nullable String lang,
			@RequestParam(name = "back", required = false) @Nullable String back, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.resolver.forced()) {
			Languages.exact(lang).ifPresent((language) -> this.resolver.setLocale(request, response, language));
		}
		RedirectView redirect = new RedirectView(localPath(back), true);
		redirect.setExpandUriTemplateVariables(false);
		redirect.setExposeModelAttributes(false);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}

	/**
	 * The path itself when it stays on this site: starts with one slash, not two nor a
	 * backslash (browsers read both as another host), no control characters; else "/".
	 */
	static String localPath(@Nullable String back) {
		if (back == null || back.isEmpty() || back.length() > 2000 || back.charAt(0) != '/') {
			return "/";
		}
		if (back.length() > 1 && (back.charAt(1) == '/' || back.charAt(1) == '\\')) {
			return "/";
		}
		boolean clean = back.chars().noneMatch((c) -> c < 0x20 || c == 0x7f || c == '\\');
		return clean ? back : "/";
	}

}
