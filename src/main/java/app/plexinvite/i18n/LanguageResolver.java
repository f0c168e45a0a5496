package app.plexinvite.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: FORCE_LANGUAGE when set; else the switcher's cookie; else
 * the best supported match of Accept-Language (pt and pt-PT read as pt-BR, de-AT as de);
 * else English.
 */
final class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "plex-invite-language";

	private static final long ONE_YEAR = 365L * 24 * 60 * 60;

	private final @Nullable Locale forced;

	LanguageResolver(@Nullable Locale forced) {
		this.forced = forced;
	}

	boolean forced() {
		return this.forced != null;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (this.forced != null) {
			return this.forced;
		}
		return fromCookie(request).or(() -> fromHeader(request.getHeader("Accept-Language")))
			.orElse(Languages.FALLBACK);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (response == null || locale == null) {
			return;
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE, locale.toLanguageTag())
			.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
			.maxAge(ONE_YEAR)
			.sameSite("Lax")
			.httpOnly(true)
			.secure(request.isSecure())
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	private static Optional<Locale> fromCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return Languages.exact(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/**
	 * The first wish, by weight, that a supported language fits; a bad header counts as
	 * none.
	 */
	static Optional<Locale> fromHeader(@Nullable String header) {
		if (header == null || header.isBlank() || header.length() > 1000) {
			return Optional.empty();
		}
		try {
			List<Locale.LanguageRange> wishes = Locale.LanguageRange.parse(header);
			return wishes.stream()
				.filter((wish) -> wish.getWeight() > 0 && !wish.getRange().startsWith("*"))
				.map((wish) -> Languages.closest(Locale.forLanguageTag(wish.getRange())))
				.flatMap(Optional::stream)
				.findFirst();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
