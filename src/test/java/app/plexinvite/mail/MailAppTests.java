package app.plexinvite.mail;

import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;

/**
 * The whole app with the outbox worker off (tests call it), a clock tests move,
 * PUBLIC_URL set and a GreenMail SMTP server per test that the stored settings point at.
 * Subclasses share one context.
 */
@AppTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "mail.jobs-enabled=false", "plexinvite.public-url=https://invite.example.com",
		"plex.server-name=Living Room" })
@Import(MailAppTests.Config.class)
abstract class MailAppTests {

	static final String OWNER_EMAIL = "owner@example.com";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	MutableClock clock;

	@Autowired
	MailSetup setup;

	@Autowired
	MailWorker worker;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void pointAtGreenMail() {
		this.jdbc.sql("DELETE FROM mail_outbox").update();
		this.jdbc.sql("DELETE FROM mail_settings").update();
		smtpOnPort(smtp.getSmtp().getPort());
	}

	void smtpOnPort(int port) {
		this.setup.saveSmtp(new SmtpForm("127.0.0.1", port, SmtpSecurity.NONE, null, null, null,
				"Plex Invite <invite@example.com>", OWNER_EMAIL));
	}

	List<OutboxMessage> messages() {
		return this.outbox.recent(null, 100);
	}

	OutboxMessage only() {
		List<OutboxMessage> all = messages();
		if (all.size() != 1) {
			throw new AssertionError("Expected one message in the outbox, found " + all);
		}
		return all.get(0);
	}

	static class Config {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
		}

	}

}
