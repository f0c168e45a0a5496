package app.plexinvite.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.InviteFailed;
import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.RequestDecided;
import app.plexinvite.notify.EndpointDisabled;
import app.plexinvite.links.InviteLink;
import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkDraft;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.users.PersonJoined;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncStatus;
import app.plexinvite.users.SyncTrouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of e-mail, from the event (or page action) that causes it to GreenMail, in
 * English and in German: subject, a telling phrase in the plain-text and in the HTML part
 * of a multipart/alternative message.
 */
class EveryKindTests extends MailAppTests {

	/** Subject and telling phrase per kind: English, then German. */
	static final Map<MailKind, List<String>> EXPECTED = Map.ofEntries(Map.entry(MailKind.REQUEST_CREATED,
			List.of("Approval needed: dana@example.com asks for access", "It waits for your approval",
					"Genehmigung nötig: dana@example.com bittet um Zugang", "Sie wartet auf deine Genehmigung")),
			Map.entry(MailKind.INVITE_FAILED,
					List.of("The invite for erin failed", "Why: plex.tv does not know erin",
							"Die Einladung für erin ist fehlgeschlagen", "Grund: plex.tv does not know erin")),
			Map.entry(MailKind.PERSON_JOINED,
					List.of("Frank joined your Plex server", "Frank accepted the invite",
							"Frank ist deinem Plex-Server beigetreten", "Frank hat die Einladung angenommen")),
			Map.entry(MailKind.EXPIRING_SOON,
					List.of("The access of Gina ends soon", "ends on May 4, 2026, 10:00\u202fAM UTC",
							"Der Zugang von Gina endet bald", "endet am 4. Mai 2026, 10:00 UTC")),
			Map.entry(MailKind.EXPIRED,
					List.of("The access of Hank ended", "was removed from Plex", "Der Zugang von Hank ist abgelaufen",
							"wurde aus Plex entfernt")),
			Map.entry(MailKind.SYNC_TROUBLE,
					List.of("The sync with plex.tv failed", "What happened: plex.tv timed out",
							"Der Abgleich mit plex.tv ist fehlgeschlagen", "Was passiert ist: plex.tv timed out")),
			Map.entry(MailKind.WEBHOOK_DISABLED,
					List.of("Notifications to Home Assistant were switched off", "Why: 10 failures in 24 hours",
							"Benachrichtigungen an Home Assistant wurden abgeschaltet",
							"Grund: 10 failures in 24 hours")),
			Map.entry(MailKind.INVITE_LINK,
					List.of("You’re invited to Living Room on Plex", "sign in with Plex, and you’re in",
							"Du bist zu Living Room auf Plex eingeladen", "melde dich mit Plex an")),
			Map.entry(MailKind.REQUEST_APPROVED,
					List.of("Your request for Living Room was approved", "Plex will send you an invitation e-mail",
							"Deine Anfrage für Living Room wurde genehmigt", "Plex schickt dir gleich eine Einladung")),
			Map.entry(MailKind.REQUEST_DENIED,
					List.of("About your request for Living Room", "The reason given: Server is full",
							"Zu deiner Anfrage für Living Room", "Die Begründung: Server is full")),
			Map.entry(MailKind.WELCOME,
					List.of("Welcome to Living Room!", "Your guide to get started", "Willkommen bei Living Room!",
							"Deine Anleitung für den Start")),
			Map.entry(MailKind.EXPIRY_WARNING,
					List.of("Your access to Living Room ends soon", "ask the person who invited you",
							"Dein Zugang zu Living Room endet bald", "bitte die Person, die dich eingeladen hat")),
			Map.entry(MailKind.TEST, List.of("Plex Invite: test e-mail", "sending e-mail works",
					"Plex Invite: Test-E-Mail", "funktioniert der E-Mail-Versand")));

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	InviteLinks links;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	LinkMails linkMails;

	@Autowired
	MailQueue queue;

	@ParameterizedTest
	@ValueSource(strings = { "en", "de" })
	void greenMailReceivesEveryKindInTheRecipientsLanguage(String language) throws Exception {
		Locale locale = Locale.forLanguageTag(language);
		this.setup.saveChoices(locale, true, EnumSet.allOf(MailKind.class));
		Instant now = this.clock.instant();

		this.events
			.publishEvent(new RequestCreated(1, "dana@example.com", "dana@example.com", true, null, locale, now));
		this.events.publishEvent(new InviteFailed(AccessGranted.Source.REQUEST, 2, "erin", null,
				"plex.tv does not know erin", locale, now));
		this.events.publishEvent(new PersonJoined(3, "Frank", "frank@example.com", locale, now));
		this.events.publishEvent(
				Events.expiringSoon(4, "Gina", "gina@example.com", Instant.parse("2026-05-04T10:00:00Z"), locale));
		this.events.publishEvent(Events.ended(5, "Hank", "hank@example.com", PersonState.EXPIRED, now, locale));
		this.events.publishEvent(new SyncTrouble(SyncStatus.SyncOutcome.FAILED, "plex.tv timed out", now));
		this.events.publishEvent(new EndpointDisabled(8, "Home Assistant", "10 failures in 24 hours", now));
		this.events.publishEvent(new RequestDecided(6, "ivy", "ivy@example.com", true, null, locale, now));
		this.events.publishEvent(new RequestDecided(7, "jo", "jo@example.com", false, "Server is full", locale, now));
		InviteLink link = this.links.create(new LinkDraft("For Kim", null, "Movie night!", "Kim",
				now.plus(Duration.ofDays(7)), 1, this.profiles.defaultProfile().id(), null, false, false));
		assertThat(this.linkMails.send(this.links.find(link.id()).orElseThrow(), "kim@example.com", language))
			.isEqualTo(LinkMails.Outcome.QUEUED);
		this.queue.add(MailKind.TEST, OWNER_EMAIL, locale, Map.of());

		assertThat(smtp.getReceivedMessages()).as("nothing is sent before the worker runs").isEmpty();
		assertThat(this.worker.sendDue()).isEqualTo(MailKind.values().length);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(MailKind.values().length);
		int column = language.equals("en") ? 0 : 2;
		for (MailKind kind : MailKind.values()) {
			String subject = EXPECTED.get(kind).get(column);
			String phrase = EXPECTED.get(kind).get(column + 1);
			MimeMessage message = Arrays.stream(received)
				.filter((m) -> subjectOf(m).equals(subject))
				.findFirst()
				.orElseThrow(() -> new AssertionError(kind + ": no e-mail with subject " + subject + " among "
						+ Arrays.stream(received).map(EveryKindTests::subjectOf).toList()));
			assertThat(message.getContentType()).as(kind.name()).startsWith("multipart/alternative");
			MimeMultipart parts = (MimeMultipart) message.getContent();
			assertThat(parts.getCount()).isEqualTo(2);
			assertThat(part(parts.getBodyPart(0), "text/plain")).as(kind + " text").contains(phrase);
			assertThat(part(parts.getBodyPart(1), "text/html")).as(kind + " html").contains(phrase);
		}
		assertThat(this.messages()).allSatisfy((m) -> {
			assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
			assertThat(m.locale()).isEqualTo(language);
		});
	}

	@org.junit.jupiter.api.Test
	void theOwnerReadsTheOwnersLanguageAndAnInviteeTheirs() {
		this.setup.saveChoices(Locale.GERMAN, true, EnumSet.allOf(MailKind.class));
		Instant now = this.clock.instant();

		this.events.publishEvent(new RequestCreated(1, "uma", null, false, null, Locale.ENGLISH, now));
		this.events.publishEvent(new RequestDecided(1, "uma", "uma@example.com", true, null, Locale.ENGLISH, now));
		this.events.publishEvent(new RequestDecided(2, "vic", "vic@example.com", true, null, null, now));

		assertThat(messages()).extracting(OutboxMessage::recipient, OutboxMessage::locale, OutboxMessage::subject)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(OWNER_EMAIL, "de", "Neue Anfrage von uma"),
					org.assertj.core.groups.Tuple.tuple("uma@example.com", "en",
							"Your request for Living Room was approved"),
					org.assertj.core.groups.Tuple.tuple("vic@example.com", "de",
							"Deine Anfrage für Living Room wurde genehmigt"));
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String part(BodyPart part, String type) throws Exception {
		assertThat(part.getContentType()).startsWith(type);
		return (String) part.getContent();
	}

}
