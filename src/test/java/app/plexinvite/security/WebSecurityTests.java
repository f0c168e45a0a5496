package app.plexinvite.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AppTest
@AutoConfigureMockMvc
class WebSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void sendsStrangersToTheSignInPage() {
		assertThat(this.mvc.get().uri("/admin")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/login");
	}

	@Test
	void showsTheSignInPageWithAStrictContentSecurityPolicy() {
		var result = this.mvc.get().uri("/admin/login").exchange();
		assertThat(result).hasStatusOk().bodyText().contains("name=\"_csrf\"");
		assertThat(result).headers()
			.hasValue("Content-Security-Policy", WebSecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasValue("X-Frame-Options", "DENY");
	}

	@Test
	void signsTheOwnerInWithTheConfiguredHash() {
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", AppTest.OWNER)
			.param("password", AppTest.OWNER_PASSWORD)
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/admin");
	}

	@Test
	void refusesAWrongPassword() {
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", AppTest.OWNER)
			.param("password", "wrong")
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/admin/login?error");
	}

	@Test
	void refusesASignInWithoutCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", AppTest.OWNER)
			.param("password", AppTest.OWNER_PASSWORD)).hasStatus(403);
	}

	@Test
	void showsHealthToEveryoneButItsDetailsOnlyToTheOwner() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().doesNotContain("components");
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/actuator/health")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("o")
				.roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("components");
	}

}
