package app.plexinvite.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Several owners: the environment's owner adds another, who signs in with their own
 * password and changes it; nobody removes themselves or the environment's account.
 */
@AppTest
@AutoConfigureMockMvc
@Import(TwoStepFixture.class)
class SeveralOwnersTests {

	private static final String FIRST_PASSWORD = "first password for bea";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	/** The context is shared with the two-step tests: start without anyone's TOTP. */
	@BeforeEach
	void withoutTwoStepSignIn() {
		this.jdbc.sql("DELETE FROM owner_recovery_code").update();
		this.jdbc.sql("DELETE FROM owner_totp").update();
	}

	private MvcTestResult as(String name, MockMvcTester.MockMvcRequestBuilder request) {
		return request.with(user(name).roles("ADMIN")).with(csrf()).exchange();
	}

	private MvcTestResult signIn(String name, String password) {
		return this.mvc.post()
			.uri("/admin/login")
			.param("username", name)
			.param("password", password)
			.with(csrf())
			.exchange();
	}

	@Test
	void aRemovedOwnersSessionEndsAtOnce() {
		assertThat(as(AppTest.OWNER,
				this.mvc.post()
					.uri("/admin/account/owners")
					.param("username", "cleo")
					.param("password", FIRST_PASSWORD)))
			.hasRedirectedUrl("/admin/account");
		MockHttpSession cleo = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.session(cleo)
			.param("username", "cleo")
			.param("password", FIRST_PASSWORD)
			.with(csrf())).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin").session(cleo)).hasStatusOk();

		assertThat(as(AppTest.OWNER, this.mvc.post().uri("/admin/account/owners/remove").param("username", "cleo")))
			.hasRedirectedUrl("/admin/account");

		assertThat(this.mvc.get().uri("/admin").session(cleo)).hasStatus3xxRedirection();
		assertThat(cleo.isInvalid()).isTrue();
	}

	@Test
	void anAddedOwnerSignsInChangesTheirPasswordAndCanBeRemovedByAnother() {
		assertThat(as(AppTest.OWNER,
				this.mvc.post()
					.uri("/admin/account/owners")
					.param("username", "bea")
					.param("password", FIRST_PASSWORD)))
			.hasRedirectedUrl("/admin/account");
		assertThat(as(AppTest.OWNER,
				this.mvc.post()
					.uri("/admin/account/owners")
					.param("username", "bea")
					.param("password", FIRST_PASSWORD)))
			.as("name taken")
			.hasStatus(422);
		assertThat(as(AppTest.OWNER,
				this.mvc.post()
					.uri("/admin/account/owners")
					.param("username", AppTest.OWNER)
					.param("password", FIRST_PASSWORD)))
			.as("the environment's name")
			.hasStatus(422);
		assertThat(as(AppTest.OWNER, this.mvc.get().uri("/admin/account"))).hasStatusOk()
			.bodyText()
			.contains("bea", "from the environment");

		assertThat(signIn("bea", FIRST_PASSWORD)).hasRedirectedUrl("/admin");
		assertThat(as("bea",
				this.mvc.post()
					.uri("/admin/account/password")
					.param("current", "wrong one here")
					.param("password", "bea's own new password")
					.param("repeat", "bea's own new password")))
			.hasStatus(422);
		assertThat(as("bea",
				this.mvc.post()
					.uri("/admin/account/password")
					.param("current", FIRST_PASSWORD)
					.param("password", "bea's own new password")
					.param("repeat", "bea's own new password")))
			.hasRedirectedUrl("/admin/account");
		assertThat(signIn("bea", FIRST_PASSWORD)).hasRedirectedUrl("/admin/login?error");
		assertThat(signIn("bea", "bea's own new password")).hasRedirectedUrl("/admin");

		assertThat(as("bea", this.mvc.post().uri("/admin/account/owners/remove").param("username", "bea")))
			.hasRedirectedUrl("/admin/account")
			.flash()
			.containsEntry("problem", "account.owners.notYourself");
		assertThat(as("bea", this.mvc.post().uri("/admin/account/owners/remove").param("username", AppTest.OWNER)))
			.flash()
			.containsEntry("problem", "account.owners.environment");
		assertThat(as(AppTest.OWNER, this.mvc.post().uri("/admin/account/owners/remove").param("username", "bea")))
			.flash()
			.containsEntry("success", "account.owners.removed");
		assertThat(signIn("bea", "bea's own new password")).hasRedirectedUrl("/admin/login?error");
	}

	@Test
	void theEnvironmentsPasswordIsNotChangedHere() {
		assertThat(as(AppTest.OWNER,
				this.mvc.post()
					.uri("/admin/account/password")
					.param("current", AppTest.OWNER_PASSWORD)
					.param("password", "another long password")
					.param("repeat", "another long password")))
			.hasStatus(422);
		assertThat(signIn(AppTest.OWNER, AppTest.OWNER_PASSWORD)).hasRedirectedUrl("/admin");
	}

}
