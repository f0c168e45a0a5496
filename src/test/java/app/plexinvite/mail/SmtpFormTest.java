package app.plexinvite.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMTP form as a value. */
class SmtpFormTest {

	@Test
	void neverPrintsThePassword() {
		SmtpForm form = new SmtpForm("smtp.example.com", 587, SmtpSecurity.STARTTLS, "owner", "hunter2-secret", false,
				"invite@example.com", "owner@example.com");

		assertThat(form.toString()).doesNotContain("hunter2-secret").contains("smtp.example.com", "(given)");
	}

}
