package app.plexinvite.i18n;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** FORCE_LANGUAGE, then the switcher's cookie, then Accept-Language, then English. */
class LanguageResolverTests {

	private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

	private final LanguageResolver resolver = new LanguageResolver(null);

	@Test
	void forcedLanguageWinsOverCookieAndHeader() {
		MockHttpServletRequest request = request("fr", "de");

		assertThat(new LanguageResolver(Locale.ITALIAN).resolveLocale(request)).isEqualTo(Locale.ITALIAN);
	}

	@Test
	void theCookieWinsOverTheHeader() {
		assertThat(this.resolver.resolveLocale(request("sv", "de-DE,de;q=0.9"))).isEqualTo(Locale.forLanguageTag("sv"));
		assertThat(this.resolver.resolveLocale(request("pt-BR", "de"))).isEqualTo(PT_BR);
	}

	@Test
	void anUnknownCookieIsIgnored() {
		assertThat(this.resolver.resolveLocale(request("xx", "nl"))).isEqualTo(Locale.forLanguageTag("nl"));
		assertThat(this.resolver.resolveLocale(request("<script>", null))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void matchesTheHeaderByLanguageIgnoringTheRegion() {
		assertThat(LanguageResolver.fromHeader("de-AT,de;q=0.9,en;q=0.5")).contains(Locale.GERMAN);
		assertThat(LanguageResolver.fromHeader("pt")).contains(PT_BR);
		assertThat(LanguageResolver.fromHeader("pt-PT,en;q=0.3")).contains(PT_BR);
		assertThat(LanguageResolver.fromHeader("fr-CA")).contains(Locale.FRENCH);
	}

	@Test
	void takesTheBestWeightedSupportedWish() {
		assertThat(LanguageResolver.fromHeader("ja,zh;q=0.9,es;q=0.5,de;q=0.8")).contains(Locale.GERMAN);
		assertThat(LanguageResolver.fromHeader("it;q=0.2,sv;q=0.7")).contains(Locale.forLanguageTag("sv"));
		assertThat(LanguageResolver.fromHeader("de;q=0,fr")).contains(Locale.FRENCH);
	}

	@Test
	void fallsBackToEnglishForUnsupportedOrBadHeaders() {
		assertThat(this.resolver.resolveLocale(request(null, "ja-JP,zh;q=0.5"))).isEqualTo(Locale.ENGLISH);
		assertThat(this.resolver.resolveLocale(request(null, "*"))).isEqualTo(Locale.ENGLISH);
		assertThat(this.resolver.resolveLocale(request(null, ";;;q=abc"))).isEqualTo(Locale.ENGLISH);
		assertThat(this.resolver.resolveLocale(request(null, null))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void storesTheChoiceInALongLivedLaxHttpOnlyCookieSecureOnlyWhenTheRequestIs() {
		MockHttpServletResponse plain = new MockHttpServletResponse();
		this.resolver.setLocale(new MockHttpServletRequest(), plain, PT_BR);
		MockHttpServletRequest secureRequest = new MockHttpServletRequest();
		secureRequest.setSecure(true);
		MockHttpServletResponse secure = new MockHttpServletResponse();
		this.resolver.setLocale(secureRequest, secure, Locale.GERMAN);

		assertThat(plain.getHeader("Set-Cookie"))
			.contains("plex-invite-language=pt-BR", "Path=/", "Max-Age=31536000", "SameSite=Lax", "HttpOnly")
			.doesNotContain("Secure");
		assertThat(secure.getHeader("Set-Cookie")).contains("plex-invite-language=de", "Secure");
	}

	@Test
	void knowsTheEightLanguagesByTheirOwnNames() {
		assertThat(Languages.SUPPORTED).extracting(Locale::toLanguageTag)
			.containsExactly("en", "de", "fr", "es", "pt-BR", "nl", "it", "sv");
		assertThat(Languages.SUPPORTED).extracting(Languages::nativeName)
			.containsExactly("English", "Deutsch", "Français", "Español", "Português (Brasil)", "Nederlands",
					"Italiano", "Svenska");
		assertThat(Languages.exact("pt_br")).contains(PT_BR);
		assertThat(Languages.exact("pt")).isEmpty();
		assertThat(Languages.exact("de-AT")).isEmpty();
	}

	private static MockHttpServletRequest request(String cookie, String header) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (cookie != null) {
			request.setCookies(new Cookie(LanguageResolver.COOKIE, cookie));
		}
		if (header != null) {
			request.addHeader("Accept-Language", header);
		}
		return request;
	}

}
