package app.plexinvite.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The owner's sign-in at /admin/login through the whole filter chain. Failed attempts use
 * names other than the owner's, so the shared context never locks the owner out. (Spring
 * Security's {@code csrf()} test helper swaps in a session-backed token store, so the "no
 * session for strangers" checks live in {@link StrangersOverHttpTests}.)
 */
@AppTest
@AutoConfigureMockMvc
class OwnerSignInTests {

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult signIn(MockHttpSession session, String username, String password) {
		return this.mvc.post()
			.uri("/admin/login")
			.session(session)
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.exchange();
	}

	@Test
	void changesTheSessionIdAtSignIn() {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		assertThat(signIn(session, AppTest.OWNER, AppTest.OWNER_PASSWORD)).hasRedirectedUrl("/admin");
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(session.getAttribute(SignInHandlers.SIGNED_IN_AT)).isNotNull();
	}

	@Test
	void alwaysLandsOnTheDashboardWhateverTheRequestAskedFor() {
		var result = this.mvc.post()
			.uri("/admin/login?next=https://evil.example/&continue=//evil.example")
			.param("username", AppTest.OWNER)
			.param("password", AppTest.OWNER_PASSWORD)
			.param("redirect", "https://evil.example/")
			.with(csrf())
			.exchange();
		assertThat(result).hasRedirectedUrl("/admin");
	}

	@Test
	void doesNotRememberTheLastPageForAfterSignIn() {
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.get().uri("/admin/some-page?x=1").session(session)).hasRedirectedUrl("/admin/login");

		assertThat(signIn(session, AppTest.OWNER, AppTest.OWNER_PASSWORD)).hasRedirectedUrl("/admin");
	}

	@Test
	void signsOutWithAPostThatEndsTheSession() {
		MockHttpSession session = new MockHttpSession();
		signIn(session, AppTest.OWNER, AppTest.OWNER_PASSWORD);

		assertThat(this.mvc.post().uri("/admin/logout").session(session).with(csrf()))
			.hasRedirectedUrl("/admin/login?signedOut");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void refusesASignOutWithoutCsrfToken() {
		assertThat(this.mvc.post().uri("/admin/logout").with(user(AppTest.OWNER).roles("ADMIN"))).hasStatus(403);
	}

	@Test
	void hasNoOldSignInPage() {
		assertThat(this.mvc.get().uri("/login")).hasRedirectedUrl("/admin/login");
		assertThat(this.mvc.post().uri("/login").param("username", "x").param("password", "y").with(csrf()))
			.hasRedirectedUrl("/admin/login");
	}

	@Test
	void saysToTryLaterAfterFiveFailuresWithoutSayingWhetherTheNameExists() {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(new MockHttpSession(), "lockout-test", "wrong")).hasRedirectedUrl("/admin/login?error");
		}
		assertThat(signIn(new MockHttpSession(), "lockout-test", "wrong")).hasRedirectedUrl("/admin/login?locked");
		assertThat(this.mvc.get().uri("/admin/login?locked")).hasStatusOk()
			.bodyText()
			.contains("Please wait 15 minutes and try again")
			.doesNotContain("lockout-test");
	}

	@Test
	void sendsTheSecurityHeadersButNoHstsOverPlainHttp() {
		var page = this.mvc.get()
			.uri("/admin/login")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.7")
			.exchange();

		assertThat(page).headers()
			.hasValue("Content-Security-Policy", WebSecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "same-origin")
			.hasValue("X-Frame-Options", "DENY")
			.doesNotContainHeader("Strict-Transport-Security");
		assertThat(WebSecurityConfiguration.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.contains("script-src 'self';")
			.doesNotContain("unsafe-inline");
	}

}
