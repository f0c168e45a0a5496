package app.plexinvite.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sender built from the settings in force: timeouts, STARTTLS required when chosen,
 * TLS from the start, signing in only with a user name; and failures in our words.
 */
class SmtpSenderTest {

	private final SmtpSender smtp = new SmtpSender(
			new MailProperties(null, null, null, null, null, null, null, Duration.ofSeconds(10), true));

	private static MailSettings settings(SmtpSecurity security, String username) {
		return new MailSettings("smtp.example.com", 587, security, username, "pw", "invite@example.com", null,
				Locale.ENGLISH, true, Set.of(), Set.of());
	}

	@Test
	void timesOutAfterTenSecondsAndRequiresStartTlsWhenChosen() {
		JavaMailSenderImpl sender = this.smtp.sender(settings(SmtpSecurity.STARTTLS, "olivia"));

		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "10000")
			.containsEntry("mail.smtp.writetimeout", "10000")
			.containsEntry("mail.smtp.starttls.enable", "true")
			.containsEntry("mail.smtp.starttls.required", "true")
			.containsEntry("mail.smtp.auth", "true");
		assertThat(sender.getUsername()).isEqualTo("olivia");
	}

	@Test
	void usesTlsFromTheStartOrNothingAndSignsInOnlyWithAUserName() {
		assertThat(this.smtp.sender(settings(SmtpSecurity.TLS, null)).getJavaMailProperties())
			.containsEntry("mail.smtp.ssl.enable", "true")
			.doesNotContainKey("mail.smtp.starttls.enable")
			.doesNotContainKey("mail.smtp.auth");
		assertThat(this.smtp.sender(settings(SmtpSecurity.NONE, null)).getJavaMailProperties())
			.doesNotContainKeys("mail.smtp.ssl.enable", "mail.smtp.starttls.enable");
	}

	@Test
	void refusesToSendWithoutAServerOrSender() {
		MailSettings none = new MailSettings(null, 587, SmtpSecurity.STARTTLS, null, null, null, null, Locale.ENGLISH,
				true, Set.of(), Set.of());

		assertThatExceptionOfType(SmtpSender.SendFailure.class)
			.isThrownBy(() -> this.smtp.send(none, "a@example.com", new RenderedMail("s", "t", "h")))
			.withMessageContaining("not set up");
	}

	@Test
	void aFailureNeverContainsThePassword() {
		MailSettings unreachable = new MailSettings("127.0.0.1", 1, SmtpSecurity.NONE, "olivia", "Secret-Pw-1",
				"invite@example.com", null, Locale.ENGLISH, true, Set.of(), Set.of());

		assertThatExceptionOfType(SmtpSender.SendFailure.class)
			.isThrownBy(() -> this.smtp.send(unreachable, "a@example.com", new RenderedMail("s", "t", "h")))
			.withMessageStartingWith("Could not connect to the SMTP server 127.0.0.1:1")
			.withMessageNotContaining("Secret-Pw-1");
	}

}
