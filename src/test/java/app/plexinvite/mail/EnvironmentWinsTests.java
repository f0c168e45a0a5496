package app.plexinvite.mail;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * SMTP settings from the environment (SMTP_HOST, SMTP_SECURITY, SMTP_PASSWORD...) win
 * over the page, field by field, show read-only, and the password is never shown.
 */
@AppTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "mail.jobs-enabled=false", "mail.host=smtp.env.example", "mail.port=2465",
		"mail.security=tls", "mail.username=env-user", "mail.password=" + EnvironmentWinsTests.PASSWORD })
class EnvironmentWinsTests {

	static final String PASSWORD = "Env-Smtp-Secret-42";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MailSetup setup;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult post(String uri, String... fields) {
		var request = this.mvc.post().uri(uri).with(user("owner").roles("ADMIN")).with(csrf()).accept("text/html");
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void theEnvironmentWinsFieldByFieldAndShowsReadOnly() throws Exception {
		assertThat(post("/admin/email/smtp", "host", "smtp.page.example", "port", "25", "security", "NONE", "password",
				"page-password", "from", "invite@example.com", "ownerEmail", "olivia@example.com"))
			.hasStatus3xxRedirection();

		MailSettings now = this.setup.current();
		assertThat(now.host()).isEqualTo("smtp.env.example");
		assertThat(now.port()).isEqualTo(2465);
		assertThat(now.security()).isEqualTo(SmtpSecurity.TLS);
		assertThat(now.password()).isEqualTo(PASSWORD);
		assertThat(now.from()).as("not in the environment: the page's").isEqualTo("invite@example.com");
		assertThat(now.fromEnvironment()).containsExactlyInAnyOrder("host", "port", "security", "username", "password");
		assertThat(this.jdbc.sql("SELECT smtp_host FROM mail_settings").query(String.class).optional())
			.as("a value the environment sets is not stored from the form")
			.isEmpty();

		String page = this.mvc.get()
			.uri("/admin/email")
			.with(user("owner").roles("ADMIN"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"smtp.env.example\"", "readonly", "Set in the environment (never shown).")
			.doesNotContain(PASSWORD)
			.doesNotContain("name=\"host\"")
			.doesNotContain("name=\"password\"");
	}

	@Test
	void neverLogsThePasswordThroughTheSettingsToString() {
		assertThat(this.setup.current().toString()).contains("(set)").doesNotContain(PASSWORD);
	}

}
