package app.plexinvite.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.links.InviteLink;
import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkDraft;
import app.plexinvite.profiles.AccessProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The owner's e-mail page, previews and "E-mail this link to…" over MockMvc: validation
 * (422 with field errors), the password never shown again, the test e-mail through the
 * outbox, previews of every kind in each language, the dashboard's warning, audit lines.
 */
class MailPagesTests extends MailAppTests {

	static final String PASSWORD = "s3cret-Smtp-Pa55word";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MailQueue queue;

	@Autowired
	InviteLinks links;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	AuditLog audit;

	private MvcTestResult post(String uri, String... fields) {
		var request = this.mvc.post().uri(uri).with(user("owner").roles("ADMIN")).with(csrf()).accept("text/html");
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(user("owner").roles("ADMIN")).accept("text/html").exchange();
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private MvcTestResult saveSmtp(String... overrides) {
		String[] fields = { "host", "smtp.example.com", "port", "2525", "security", "STARTTLS", "username", "olivia",
				"password", PASSWORD, "from", "Plex Invite <invite@example.com>", "ownerEmail", "olivia@example.com" };
		for (int i = 0; i < overrides.length; i += 2) {
			for (int j = 0; j < fields.length; j += 2) {
				if (fields[j].equals(overrides[i])) {
					fields[j + 1] = overrides[i + 1];
				}
			}
		}
		return post("/admin/email/smtp", fields);
	}

	@Test
	void savesTheSettingsAndNeverShowsThePasswordAgain() throws Exception {
		assertThat(saveSmtp()).hasStatus3xxRedirection().hasRedirectedUrl("/admin/email");

		MailSettings now = this.setup.current();
		assertThat(now.host()).isEqualTo("smtp.example.com");
		assertThat(now.port()).isEqualTo(2525);
		assertThat(now.password()).isEqualTo(PASSWORD);
		assertThat(this.jdbc.sql("SELECT smtp_password_sealed FROM mail_settings").query(String.class).single())
			.startsWith("v1.")
			.doesNotContain(PASSWORD);
		String page = body(get("/admin/email"));
		assertThat(page).contains("smtp.example.com", "olivia@example.com", "leave empty to keep it")
			.doesNotContain(PASSWORD);

		assertThat(saveSmtp("password", "")).hasStatus3xxRedirection();
		assertThat(this.setup.current().password()).as("empty keeps it").isEqualTo(PASSWORD);
		assertThat(this.audit.find(new AuditQuery(AuditAction.MAIL_SETTINGS_CHANGED, null, null, null, null, null, 10))
			.entries()).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.event().toString()).doesNotContain(PASSWORD));
	}

	@Test
	void refusesBadInputWith422AndFieldErrors() throws Exception {
		MvcTestResult result = saveSmtp("from", "not an address", "port", "70000", "ownerEmail", "nobody");

		assertThat(result).hasStatus(422);
		assertThat(body(result)).contains("is-invalid", "must be less than or equal to 65535").doesNotContain(PASSWORD);
		assertThat(saveSmtp("from", "not an address")).hasStatus(422);
		assertThat(body(saveSmtp("from", "not an address"))).contains("Enter one address");
		assertThat(body(saveSmtp("ownerEmail", "nobody"))).contains("Enter an e-mail address");
		assertThat(body(saveSmtp("port", "abc"))).contains("The port is a whole number");
		assertThat(this.setup.current().host()).as("nothing stored").isEqualTo("127.0.0.1");
	}

	@Test
	void refusesAPostWithoutItsCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/admin/email/test")
			.with(user("owner").roles("ADMIN"))
			.accept("text/html")
			.exchange()).hasStatus(403);
		assertThat(messages()).isEmpty();
	}

	@Test
	void theTestEmailGoesThroughTheOutboxAndItsResultShowsInTheLog() throws Exception {
		assertThat(post("/admin/email/test", "to", "")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("success", "admin.email.test.queued");
		assertThat(only().recipient()).isEqualTo(OWNER_EMAIL);
		assertThat(smtp.getReceivedMessages()).as("the page never sends").isEmpty();

		this.worker.sendDue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(body(get("/admin/email"))).contains("Test e-mail", OWNER_EMAIL, "Sent");

		assertThat(post("/admin/email/test", "to", "not-an-address")).flash()
			.containsEntry("problem", "admin.email.error.address");
	}

	@Test
	void aFailingEmailShowsOnTheDashboardAndCanBeRetried() throws Exception {
		smtpOnPort(1);
		long id = this.queue.add(MailKind.TEST, OWNER_EMAIL, Locale.ENGLISH, Map.of());
		this.worker.sendDue();

		assertThat(body(get("/admin"))).contains("mail-failing", "1 e-mails could not be sent");
		assertThat(body(get("/admin/email"))).contains("Failing, next try", "Could not connect to the SMTP server");

		smtpOnPort(smtp.getSmtp().getPort());
		assertThat(post("/admin/email/outbox/" + id + "/retry")).hasStatus3xxRedirection();
		this.worker.sendDue();
		assertThat(this.outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
		assertThat(body(get("/admin"))).doesNotContain("mail-failing");
	}

	@Test
	void previewsEveryKindInEachLanguageInASandboxedFrame() throws Exception {
		for (MailKind kind : MailKind.values()) {
			for (String lang : new String[] { "en", "de" }) {
				String uri = "/admin/email/preview/" + kind.template() + "?lang=" + lang;
				MvcTestResult page = get(uri);
				assertThat(page).hasStatusOk();
				assertThat(body(page)).contains("sandbox=\"\"", "/admin/email/preview/" + kind.template() + "/html");
				MvcTestResult frame = get("/admin/email/preview/" + kind.template() + "/html?lang=" + lang);
				assertThat(frame).hasStatusOk();
				assertThat(frame.getResponse().getHeader("Content-Security-Policy")).contains("sandbox")
					.contains("frame-ancestors 'self'")
					.doesNotContain("script-src");
				assertThat(body(frame)).contains("lang=\"" + lang + "\"");
			}
		}
		assertThat(body(get("/admin/email/preview/welcome?lang=de"))).contains("Willkommen bei Living Room!");
		assertThat(get("/admin/email/preview/nothing")).hasStatus(404);
	}

	@Test
	void emailsAnInviteLinkFromItsPage() throws Exception {
		InviteLink link = this.links
			.create(new LinkDraft("For Pat", null, null, null, this.clock.instant().plus(Duration.ofDays(2)), 1,
					this.profiles.defaultProfile().id(), null, false, false));
		assertThat(body(get("/admin/links/" + link.id()))).contains("E-mail this link to",
				"/admin/links/" + link.id() + "/email");

		assertThat(post("/admin/links/" + link.id() + "/email", "address", "pat@example.com", "lang", "de"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/links/" + link.id())
			.flash()
			.containsEntry("success", "admin.email.link.QUEUED");
		OutboxMessage queued = only();
		assertThat(queued.kind()).isEqualTo(MailKind.INVITE_LINK);
		assertThat(queued.locale()).isEqualTo("de");
		assertThat(queued.text()).contains("https://invite.example.com/i/" + link.code());

		assertThat(post("/admin/links/" + link.id() + "/email", "address", "pat")).flash()
			.containsEntry("problem", "admin.email.link.BAD_ADDRESS");
		this.links.revoke(link.id());
		assertThat(post("/admin/links/" + link.id() + "/email", "address", "pat@example.com")).flash()
			.containsEntry("problem", "admin.email.link.CLOSED");
		assertThat(messages()).hasSize(1);
	}

	@Test
	void theOwnerChoosesNotificationsAndTheirLanguage() {
		assertThat(post("/admin/email/choices", "language", "de", "kind", "PERSON_JOINED")).hasStatus3xxRedirection();

		MailSettings now = this.setup.current();
		assertThat(now.ownerLanguage()).isEqualTo(Locale.GERMAN);
		assertThat(now.inviteesEnabled()).isFalse();
		assertThat(now.ownerWants(MailKind.PERSON_JOINED)).isTrue();
		assertThat(now.ownerWants(MailKind.REQUEST_CREATED)).isFalse();
	}

}
