package app.plexinvite.invite;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The public form through the whole application: INVITE_CODE set to "from-env", no
 * libraries chosen (so nothing reaches Plex), the worker off.
 */
@AppTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "invite.code=from-env", "invite.worker-enabled=false", "people.jobs-enabled=false" })
@RecordApplicationEvents
class RequestFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Invitations invitations;

	@Autowired
	InviteRequests requests;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void forgetStoredSettings() {
		this.jdbc.sql("DELETE FROM invite_setting").update();
	}

	private MvcTestResult post(String identifier, String code) {
		return this.mvc.post().uri("/").param("identifier", identifier).param("code", code).with(csrf()).exchange();
	}

	private long rows(String key) {
		return this.jdbc.sql("SELECT count(*) FROM invite_request WHERE identifier_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	@Test
	void showsTheFormWithTheCodeFieldWhenACodeIsInForce() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Plex username or e-mail")
			.contains("name=\"code\"")
			.contains("Request invite")
			.contains("name=\"_csrf\"");
		this.invitations.changeInviteCode(" ");
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().doesNotContain("name=\"code\"");
	}

	@Test
	void storesAValidRequestAndRedirectsToItsStatusPage() {
		MvcTestResult result = post("  Valid.Person@Example.com ", "from-env");

		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/requests/[A-Za-z0-9_-]{43}");
		InviteRequest stored = this.requests.findLive("valid.person@example.com").orElseThrow();
		assertThat(stored.status()).isEqualTo(RequestStatus.QUEUED);
		assertThat(location).endsWith(stored.statusToken());
		assertThat(this.mvc.get().uri(location)).hasStatusOk()
			.bodyText()
			.contains("Valid.Person@Example.com")
			.contains("Your invite is on its way")
			.contains("https://app.plex.tv")
			.contains("https://www.plex.tv/media-server-downloads/#plex-app");
	}

	@Test
	void theStatusPageReloadsSoonWhileAFreshRequestIsInThePipelineThenLessThenNotAtAll() {
		String fresh = post("reload.soon@example.com", "from-env").getResponse().getRedirectedUrl();
		InviteRequest old = this.requests.insert(InviteRequest.submitted(PlexIdentifier.parse("reload.later"),
				"reload-later-" + "0".repeat(30), false, Instant.now().minus(RequestStatusController.FRESH)));
		this.invitations.requireApproval(true);
		String waiting = post("reload.owner@example.com", "from-env").getResponse().getRedirectedUrl();

		assertThat(this.mvc.get().uri(fresh)).hasStatusOk().hasHeader("Refresh", "2");
		assertThat(this.mvc.get().uri("/requests/" + old.statusToken())).hasStatusOk().hasHeader("Refresh", "15");
		assertThat(this.mvc.get().uri(waiting)).as("waits for the owner, not for plex.tv")
			.hasStatusOk()
			.hasHeader("Refresh", "15");
		this.invitations.cancel(old.id());
		assertThat(this.mvc.get().uri("/requests/" + old.statusToken())).hasStatusOk().doesNotContainHeader("Refresh");
	}

	@Test
	void reRendersAnInvalidRequestWith422AndTheFieldError() {
		assertThat(post("not an address", "from-env")).hasStatus(422)
			.bodyText()
			.contains("A Plex username has only letters");
		assertThat(post("", "from-env")).hasStatus(422).bodyText().contains("Please enter your Plex username");
		assertThat(post("\u0430lice", "from-env")).hasStatus(422).bodyText().contains("another alphabet");
		assertThat(rows("not an address")).isZero();
	}

	@Test
	void refusesAPostWithoutCsrfToken() {
		assertThat(this.mvc.post().uri("/").param("identifier", "nocsrf").param("code", "from-env")).hasStatus(403);
		assertThat(rows("nocsrf")).isZero();
	}

	@Test
	void saysAWrongCodeIsWrongWithoutHintingAndStoresNothing() {
		assertThat(post("wrongcode", "from-ENV")).hasStatus(422)
			.bodyText()
			.contains("That invite code is not right")
			.doesNotContain("from-env");
		assertThat(post("wrongcode", "")).hasStatus(422).bodyText().contains("Please enter the invite code");
		assertThat(rows("wrongcode")).isZero();
	}

	@Test
	void theDashboardCodeWinsOverTheEnvironmentOnceSet() {
		assertThat(this.invitations.inviteCode()).isEqualTo(new InviteCode("from-env", InviteCode.Source.ENVIRONMENT));
		this.invitations.changeInviteCode("sesame");

		assertThat(post("dashcode", "from-env")).hasStatus(422);
		assertThat(post("dashcode", "sesame")).hasStatus3xxRedirection();
		this.invitations.changeInviteCode(null);
		assertThat(this.invitations.inviteCode()).isEqualTo(new InviteCode(null, InviteCode.Source.DASHBOARD));
		assertThat(post("nocode", "")).hasStatus3xxRedirection();
	}

	@Test
	void answersASecondRequestForTheSameAccountWithoutHandingOutTheFirstOnesLink() {
		String location = post("twice", "from-env").getResponse().getRedirectedUrl();
		String token = location.substring(location.lastIndexOf('/') + 1);

		// Whoever types someone's username must not get their status link (and with it
		// the owner's reason for a refusal): the link is the only key to that page.
		assertThat(post("TWICE", "from-env")).hasStatus(422)
			.bodyText()
			.contains("You have already asked for an invite")
			.doesNotContain(token);
		assertThat(rows("twice")).isOne();
	}

	@Test
	void tellsAnAccountThatAlreadyHasAccessWithoutStoringAnotherRequest() {
		InviteRequest queued = this.requests.insert(InviteRequest.submitted(PlexIdentifier.parse("member"),
				"member-token-0000000000000000000000000000000", false, Instant.now()));
		InviteRequest sending = queued.markSending(Instant.now(), Instant.now().plusSeconds(60));
		this.requests.claim(sending, RequestStatus.QUEUED, Instant.now());
		this.requests.update(sending.markSent(5L, Instant.now()), RequestStatus.SENDING);

		assertThat(post("Member", "from-env")).hasStatus(422).bodyText().contains("already has access");
		assertThat(rows("member")).isOne();
	}

	@Test
	void waitsForTheOwnerInApprovalMode() {
		this.invitations.requireApproval(true);
		post("approveme", "from-env");

		InviteRequest stored = this.requests.findLive("approveme").orElseThrow();
		assertThat(stored.status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
		assertThat(this.mvc.get().uri("/requests/" + stored.statusToken())).hasStatusOk()
			.bodyText()
			.contains("waiting for the owner");
	}

	@Test
	void tellsTheNotificationsOfAStoredRequestInTheLanguageOfThePage() {
		MvcTestResult result = this.mvc.post()
			.uri("/")
			.param("identifier", "Sprache@Example.com")
			.param("code", "from-env")
			.header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		InviteRequest stored = this.requests.findLive("sprache@example.com").orElseThrow();
		assertThat(stored.locale()).isEqualTo(Locale.GERMAN);
		assertThat(this.jdbc.sql("SELECT locale FROM invite_request WHERE id = :id")
			.param("id", stored.id())
			.query(String.class)
			.single()).isEqualTo("de");
		assertThat(this.events.stream(RequestCreated.class)).singleElement()
			.isEqualTo(new RequestCreated(stored.id(), stored.identifier(), stored.identifier(), false, null,
					Locale.GERMAN, stored.createdAt()));
	}

	@Test
	void tellsTheNotificationsThatARequestWaitsForTheOwnerWithoutAnEmailForAUsername() {
		this.invitations.requireApproval(true);

		post("waitforme", "from-env");

		assertThat(this.events.stream(RequestCreated.class)).singleElement().satisfies((created) -> {
			assertThat(created.identifier()).isEqualTo("waitforme");
			assertThat(created.email()).isNull();
			assertThat(created.awaitingApproval()).isTrue();
		});
	}

	@Test
	void tellsNobodyOfARefusedRequest() {
		post("refused-one", "wrong");
		post("not an address", "from-env");

		assertThat(this.events.stream(RequestCreated.class)).isEmpty();
	}

	@Test
	void showsTheFriendlyNotFoundPageForAnUnknownStatusLink() {
		assertThat(this.mvc.get().uri("/requests/" + "x".repeat(43))).hasStatus(404);
		assertThat(this.mvc.get().uri("/requests/short")).hasStatus(404);
	}

	@Test
	void ignoresForgedIndexedAndNestedFieldsInsteadOfFailing() {
		assertThat(this.mvc.post()
			.uri("/")
			.param("identifier", "")
			.param("code[0]", "x")
			.param("identifier.bytes", "x")
			.param("class.module", "x")
			.with(csrf())).hasStatus(422).bodyText().contains("Please enter your Plex username or e-mail address.");
	}

}
