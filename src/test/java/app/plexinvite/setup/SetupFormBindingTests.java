package app.plexinvite.setup;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The set-up account form binds only its own fields: forged indexed or nested names are
 * ignored, never a server error (set-up is open to anyone).
 */
@AppTest
@AutoConfigureMockMvc
class SetupFormBindingTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void ignoresForgedIndexedAndNestedFieldsOfTheAccountForm() {
		assertThat(this.mvc.post()
			.uri("/setup/account")
			.param("username[0]", "x")
			.param("password.bytes", "x")
			.param("confirm[x]", "x")
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/setup");
	}

}
