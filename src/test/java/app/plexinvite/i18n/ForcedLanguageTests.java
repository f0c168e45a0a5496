package app.plexinvite.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.view.RedirectView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** With FORCE_LANGUAGE every page is in that language: no switcher, no cookie. */
class ForcedLanguageTests {

	private final LanguageResolver forced = new I18nConfiguration().localeResolver(new I18nProperties("FR"));

	@Test
	void hidesTheSwitcher() {
		assertThat(new LanguageMenu(this.forced).shown()).isFalse();
		assertThat(new LanguageMenu(new I18nConfiguration().localeResolver(new I18nProperties(" "))).shown()).isTrue();
	}

	@Test
	void storesNoChoice() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockHttpServletRequest request = new MockHttpServletRequest();

		RedirectView view = new LanguageController(this.forced).choose("de", "/admin", request, response);

		assertThat(view.getUrl()).isEqualTo("/admin");
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(this.forced.resolveLocale(request)).isEqualTo(Locale.FRENCH);
	}

	@Test
	void refusesToStartWithALanguageItDoesNotSpeak() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new I18nConfiguration().localeResolver(new I18nProperties("pt-PT")))
			.withMessage("FORCE_LANGUAGE must be one of en, de, fr, es, pt-BR, nl, it, sv (got 'pt-PT')");
	}

}
