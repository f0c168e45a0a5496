package app.plexinvite.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language has every word of every e-mail, every kind has its subject and both
 * templates, and the owner's text is escaped in the HTML part.
 */
class MailMessagesTest {

	private static Properties bundle(String name) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = MailMessagesTest.class.getResourceAsStream("/mail/" + name)) {
			assertThat(in).as("mail/" + name).isNotNull();
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Properties english = bundle("messages.properties");
		for (Locale language : MailLanguages.SUPPORTED) {
			if (!language.equals(Locale.ENGLISH)) {
				Properties other = bundle("messages_" + language + ".properties");
				assertThat(other.keySet()).as(language.toString()).isEqualTo(english.keySet());
				assertThat(other.values()).as("translated, not copied")
					.filteredOn((text) -> english.containsValue(text))
					.allSatisfy((text) -> assertThat((String) text).matches("Plex Invite|Plex"));
			}
		}
	}

	@Test
	void everyKindHasItsSubjectAndBothTemplates() throws IOException {
		Properties english = bundle("messages.properties");
		for (MailKind kind : MailKind.values()) {
			String subject = "mail." + kind.template() + ".subject";
			assertThat(english.keySet()).as(kind.name())
				.anySatisfy((key) -> assertThat((String) key).startsWith(subject));
			assertThat(getClass().getResource("/templates/mail/" + kind.template() + ".html")).isNotNull();
			assertThat(getClass().getResource("/templates/mail/" + kind.template() + ".txt")).isNotNull();
		}
	}

	@Test
	void escapesTheOwnersTextInTheHtmlPartAndKeepsItInThePlainText() {
		RenderedMail mail = new MailTemplates().render(MailKind.REQUEST_DENIED, Locale.ENGLISH,
				Map.of("reason", "<script>alert(1)</script> & more", "serverName", "Living Room"));

		assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more").doesNotContain("<script>");
		assertThat(mail.text()).contains("The reason given: <script>alert(1)</script> & more");
		assertThat(mail.html()).doesNotContain("<img").doesNotContain("<link").doesNotContain("<style");
	}

	@Test
	void writesDatesInTheRecipientsLanguage() {
		Instant when = Instant.parse("2026-05-04T10:00:00Z");
		assertThat(MailTemplates.when(when, Locale.ENGLISH)).isEqualTo("May 4, 2026, 10:00\u202fAM UTC");
		assertThat(MailTemplates.when(when, Locale.GERMAN)).isEqualTo("4. Mai 2026, 10:00 UTC");
	}

	@Test
	void fallsBackToTheOwnersLanguageForOneWeDoNotWrite() {
		assertThat(MailLanguages.resolve(Locale.forLanguageTag("de-AT"), Locale.ENGLISH)).isEqualTo(Locale.GERMAN);
		assertThat(MailLanguages.resolve(Locale.JAPANESE, Locale.GERMAN)).isEqualTo(Locale.GERMAN);
		assertThat(MailLanguages.resolve(Locale.forLanguageTag("pt-PT"), Locale.ENGLISH))
			.isEqualTo(Locale.forLanguageTag("pt-BR"));
		assertThat(MailLanguages.resolve(null, Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void retriesAfterOneFiveFifteenAndSixtyMinutesThenHourlyForADay() {
		Instant now = Instant.parse("2026-05-01T10:00:00Z");
		assertThat(RetrySchedule.next(1, now)).isEqualTo(now.plusSeconds(60));
		assertThat(RetrySchedule.next(2, now)).isEqualTo(now.plusSeconds(5 * 60));
		assertThat(RetrySchedule.next(3, now)).isEqualTo(now.plusSeconds(15 * 60));
		assertThat(RetrySchedule.next(4, now)).isEqualTo(now.plusSeconds(60 * 60));
		assertThat(RetrySchedule.next(5, now)).isEqualTo(now.plusSeconds(60 * 60));
		assertThat(RetrySchedule.next(RetrySchedule.MAX_ATTEMPTS, now)).isNull();
	}

}
