package app.plexinvite.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the language switcher shows ({@code templates/fragments/language.html}): whether
 * it is there at all (not when FORCE_LANGUAGE is set), the languages in their own names,
 * and the page to come back to.
 */
@Component("languageMenu")
class LanguageMenu {

	/**
	 * One choice: the tag sent, the language's own name, whether it is the current one.
	 */
	record Option(String tag, String name, boolean selected) {
	}

	private final LanguageResolver resolver;

	LanguageMenu(LanguageResolver resolver) {
		this.resolver = resolver;
	}

	public boolean shown() {
		return !this.resolver.forced();
	}

	public List<Option> options() {
		Locale current = LocaleContextHolder.getLocale();
		return Languages.SUPPORTED.stream()
			.map((language) -> new Option(language.toLanguageTag(), Languages.nativeName(language),
					language.equals(current)))
			.toList();
	}

	/** Every supported language, English first. */
	public List<Locale> languages() {
		return Languages.SUPPORTED;
	}

	/** A language's own name for itself: "Deutsch", "Français". */
	public String nativeName(Locale language) {
		return Languages.nativeName(language);
	}

	/** The page shown: its path and query, or the page that failed on an error page. */
	public String back() {
		HttpServletRequest request = request();
		if (request == null) {
			return "/";
		}
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failed != null) ? failed.toString() : request.getRequestURI();
		path = path.substring(Math.min(request.getContextPath().length(), path.length()));
		String query = (failed != null) ? null : request.getQueryString();
		return (query != null) ? path + "?" + query : path;
	}

	/**
	 * Whether the plain layout carries the switcher: on every page but the owner's, whose
	 * frame has it in the navigation (error pages and sign-in have no owner frame).
	 */
	public boolean inLayout() {
		HttpServletRequest request = request();
		if (request == null || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/admin") || path.startsWith("/admin/login");
	}

	private static HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
