package app.plexinvite.i18n;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The switcher on the invitee's and the owner's pages, and what its form does: a cookie
 * for the chosen language, and back to a page of this site only.
 */
@AppTest
@AutoConfigureMockMvc
class LanguageSwitchTests {

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult choose(String lang, String back) {
		return this.mvc.post().uri("/language").with(csrf()).param("lang", lang).param("back", back).exchange();
	}

	@Test
	void aStrangerChoosesALanguageAndComesBackToThePage() {
		MvcTestResult result = choose("pt-BR", "/i/ABC123?from=qr");

		assertThat(result).hasStatus(303).hasHeader("Location", "/i/ABC123?from=qr");
		assertThat(result).cookies().containsCookie(LanguageResolver.COOKIE);
		assertThat(result.getResponse().getHeader("Set-Cookie")).contains("plex-invite-language=pt-BR", "HttpOnly",
				"SameSite=Lax", "Max-Age=31536000");
	}

	@Test
	void needsTheFormsCsrfToken() {
		assertThat(this.mvc.post().uri("/language").param("lang", "de").param("back", "/").exchange()).hasStatus(403);
	}

	@Test
	void goesBackOnlyToAPathOfThisSite() {
		for (String away : new String[] { "//evil.example/", "/\\evil.example/", "https://evil.example/",
				"evil.example", "/\t/evil.example", "/ok\r\nSet-Cookie: x=1", "" }) {
			assertThat(choose("de", away)).as(away).hasStatus(303).hasHeader("Location", "/");
		}
		assertThat(choose("de", "/admin/users?state=ACCEPTED&page=2")).hasHeader("Location",
				"/admin/users?state=ACCEPTED&page=2");
		assertThat(choose("de", "/links/{x}")).hasHeader("Location", "/links/{x}");
	}

	@Test
	void ignoresALanguageItDoesNotSpeak() {
		MvcTestResult result = choose("xx", "/");

		assertThat(result).hasStatus(303);
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void theInviteesPageIsInTheChosenLanguageWithTheSwitcherAtItsFoot() {
		MvcTestResult page = this.mvc.get()
			.uri("/")
			.cookie(new Cookie(LanguageResolver.COOKIE, "de"))
			.header("Accept-Language", "fr")
			.exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"de\"", "action=\"/language\"", "name=\"_csrf\"", "id=\"language-footer\"",
					"<option value=\"de\" lang=\"de\" selected=\"selected\">Deutsch</option>",
					"<option value=\"pt-BR\" lang=\"pt-BR\">Português (Brasil)</option>", "name=\"back\" value=\"/\"")
			.doesNotContain("id=\"language-nav\"");
	}

	@Test
	void followsTheBrowserWhenNothingWasChosen() {
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.5").exchange()).bodyText()
			.contains("<html lang=\"pt-BR\"", "<option value=\"pt-BR\" lang=\"pt-BR\" selected=\"selected\">");
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "ja").exchange()).bodyText()
			.contains("<html lang=\"en\"");
	}

	@Test
	void theOwnersPagesHaveItInTheNavigation() {
		MvcTestResult page = this.mvc.get().uri("/admin/links").with(user("owner").roles("ADMIN")).exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("id=\"language-nav\"", "name=\"back\" value=\"/admin/links\"")
			.doesNotContain("id=\"language-footer\"");
		assertThat(this.mvc.get().uri("/admin/login").exchange()).bodyText().contains("id=\"language-footer\"");
	}

}
