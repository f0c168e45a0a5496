package app.plexinvite.links;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.invite.LinkedSubmission;
import app.plexinvite.onboarding.Onboarding;
import app.plexinvite.plexsim.SimAccount;

import static app.plexinvite.links.JoinSimulator.movies;
import static app.plexinvite.links.JoinSimulator.music;
import static app.plexinvite.links.JoinSimulator.newAccount;
import static app.plexinvite.links.JoinSimulator.sim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The invitee's pages of a link, from the invitation to the welcome page. */
class InviteePagesTests extends JoinAppTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlexSignIns signIns;

	@Autowired
	Onboarding onboarding;

	@BeforeEach
	void links() {
		this.onboarding.resetToDefaults();
		given(this.links.findByCode(any())).willReturn(Optional.empty());
		given(this.links.tryAttempt(any())).willReturn(true);
		given(this.profiles.find(Fixtures.PROFILE_ID)).willReturn(Optional.of(Fixtures.profile(null, movies, music)));
		given(this.links.reserve(any(), any())).willReturn(new Reservation.Reserved(3, false));
	}

	private InviteLink link(String code, LinkState state, boolean allowUsername) {
		InviteLink link = Fixtures.link(1, code, state, false, allowUsername);
		given(this.links.findByCode(code)).willReturn(Optional.of(link));
		return link;
	}

	private MvcTestResult get(String uri, MockHttpSession session) {
		return this.mvc.get().uri(uri).session(session).accept("text/html").exchange();
	}

	@Test
	void showsTheServerTheMessageTheLibrariesAndTheSignInButton() {
		link("family", LinkState.ACTIVE, false);

		MvcTestResult page = get("/i/family", new MockHttpSession());

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Join Living Room on Plex")
			.contains("For Sam")
			.contains("Movie night every Friday!")
			.contains("<li>Movies</li>")
			.contains("<li>Music</li>")
			.contains("the server’s owner has Plex Pass")
			.contains("Sign in with Plex")
			.contains("/js/join.js")
			.doesNotContain("rulesAccepted")
			.doesNotContain("Plex username or e-mail");
	}

	@Test
	void asksToAcceptTheRulesWhenTheOwnerTurnedThemOn() {
		link("rules", LinkState.ACTIVE, false);
		this.onboarding.saveRules(true, "Be **kind**.");

		MvcTestResult page = get("/i/rules", new MockHttpSession());
		MvcTestResult unticked = this.mvc.post().uri("/i/rules/signin").with(csrf()).accept("text/html").exchange();

		assertThat(page).bodyText().contains("<strong>kind</strong>").contains("name=\"rulesAccepted\"");
		assertThat(unticked).hasStatus3xxRedirection().hasRedirectedUrl("/i/rules");
		assertThat(unticked).flash().containsEntry("problem", "links.rules.required");
	}

	@Test
	void answers404ForAnUnknownCode() {
		assertThat(get("/i/nothing-here", new MockHttpSession())).hasStatus(404);
		assertThat(get("/i/nothing-here/return", new MockHttpSession())).hasStatus(404);
		assertThat(get("/i/nothing-here/welcome", new MockHttpSession())).hasStatus(404);
	}

	@Test
	void sendsSomeoneBackFromPlexToTheWelcomePageOfTheLinkItselfEvenWhenItIsUsedUpNow() {
		link("done", LinkState.USED_UP, false);

		assertThat(get("/i/done/return", new MockHttpSession())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/i/done/welcome");
	}

	@Test
	void answersAKind410PageForExpiredRevokedAndUsedUpLinks() {
		link("old", LinkState.EXPIRED, false);
		link("off", LinkState.REVOKED, false);
		link("full", LinkState.USED_UP, false);

		assertThat(get("/i/old", new MockHttpSession())).hasStatus(410).bodyText().contains("has expired");
		assertThat(get("/i/off", new MockHttpSession())).hasStatus(410).bodyText().contains("switched off");
		assertThat(get("/i/full", new MockHttpSession())).hasStatus(410).bodyText().contains("used up");
		assertThat(this.mvc.post().uri("/i/old/signin").with(csrf()).accept("text/html")).hasStatus(410);
		assertThat(this.mvc.post().uri("/i/off/signin").with(csrf()).accept("text/html")).hasStatus(410);
		// Someone who took the last use may sign in again to finish (reserve refuses
		// others).
		assertThat(this.mvc.post().uri("/i/full/signin").with(csrf()).accept("text/html")).hasStatusOk()
			.bodyText()
			.contains("http-equiv=\"refresh\"");
	}

	@Test
	void sendsThePageToPlexWithoutScriptAndNoWayBackWithoutPublicUrl() throws Exception {
		link("nojs", LinkState.ACTIVE, false);

		MvcTestResult started = this.mvc.post().uri("/i/nojs/signin").with(csrf()).accept("text/html").exchange();

		// A page that moves on by itself: under the CSP's form-action 'self' a form post
		// may
		// not be redirected to Plex's origin.
		assertThat(started).hasStatusOk();
		String page = started.getResponse().getContentAsString();
		assertThat(page).contains("http-equiv=\"refresh\" content=\"0;url=" + sim.baseUrl() + "/auth#?")
			.contains("href=\"" + sim.baseUrl() + "/auth#?")
			.doesNotContain("forwardUrl");
	}

	@Test
	void signsInThroughThePopupPollsAndWelcomesWithTheGuide() {
		link("popup", LinkState.ACTIVE, false);
		MockHttpSession session = new MockHttpSession();
		MvcTestResult started = this.mvc.post()
			.uri("/i/popup/signin")
			.session(session)
			.with(csrf())
			.accept("application/json")
			.exchange();
		SimAccount friend = newAccount();
		String attemptId = (String) session.getAttribute(InviteeSession.class.getName() + ".attempt");
		sim.approvePin(this.signIns.find(attemptId).orElseThrow().pinId(), friend);

		MvcTestResult waiting = this.mvc.get().uri("/i/popup/status").session(session).exchange();
		this.signIns.poll();
		MvcTestResult done = this.mvc.get().uri("/i/popup/status").session(session).exchange();
		MvcTestResult welcome = get("/i/popup/welcome", session);

		assertThat(started).hasStatusOk().bodyJson().extractingPath("$.statusUrl").isEqualTo("/i/popup/status");
		assertThat(started).bodyJson().extractingPath("$.popupUrl").asString().startsWith(sim.baseUrl() + "/auth#?");
		assertThat(waiting).bodyJson().extractingPath("$.state").isEqualTo("waiting");
		assertThat(done).bodyJson().extractingPath("$.next").isEqualTo("/i/popup/welcome");
		assertThat(welcome).hasStatusOk();
		assertThat(welcome).bodyText()
			.contains("You’re in! Open Plex and look for Living Room")
			.contains("Get the Plex app")
			.contains("rel=\"");
		then(this.links).should().recordAccepted(3);
	}

	@Test
	void offersToSignInAgainWhenThePinExpired() {
		link("slow", LinkState.ACTIVE, false);
		MockHttpSession session = new MockHttpSession();
		this.mvc.post().uri("/i/slow/signin").session(session).with(csrf()).accept("text/html").exchange();
		MvcTestResult waiting = get("/i/slow/welcome", session);
		sim.faults().failNext("GET", "/api/v2/pins/\\d+", 404);

		this.signIns.poll();
		MvcTestResult welcome = get("/i/slow/welcome", session);

		assertThat(waiting).hasStatusOk().bodyText().contains("Just a moment");
		assertThat(welcome).bodyText().contains("The sign-in did not finish").contains("Sign in with Plex again");
	}

	@Test
	void sendsAWelcomeWithoutASignInBackToTheLink() {
		link("fresh", LinkState.ACTIVE, false);

		assertThat(get("/i/fresh/welcome", new MockHttpSession())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/i/fresh");
	}

	@Test
	void refusesTooManySignInsOnALink() {
		InviteLink busy = link("busy", LinkState.ACTIVE, false);
		given(this.links.tryAttempt(busy)).willReturn(false);

		MvcTestResult refused = this.mvc.post()
			.uri("/i/busy/signin")
			.with(csrf())
			.accept("application/json")
			.exchange();

		assertThat(refused).hasStatus(429).bodyJson().extractingPath("$.error").asString().contains("tried many times");
	}

	@Test
	void typedUsernameBecomesARequestAndShowsItsStatusPage() {
		link("typed", LinkState.ACTIVE, true);
		given(this.invitations.submitFromLink(any())).willReturn(new LinkedSubmission(4L, "status-token", null));

		MvcTestResult page = get("/i/typed", new MockHttpSession());
		MvcTestResult sent = this.mvc.post()
			.uri("/i/typed/username")
			.param("identifier", "sam@example.com")
			.with(csrf())
			.accept("text/html")
			.exchange();

		assertThat(page).bodyText().contains("Plex username or e-mail");
		assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/requests/status-token");
		then(this.links).should().recordRequested(3, 4);
	}

	@Test
	void typedUsernameRefusedShowsTheFieldErrorWith422AndGivesTheUseBack() {
		link("typed2", LinkState.ACTIVE, true);
		given(this.invitations.submitFromLink(any()))
			.willReturn(new LinkedSubmission(null, null, "invite.identifier.already-requested"));

		MvcTestResult refused = this.mvc.post()
			.uri("/i/typed2/username")
			.param("identifier", "sam")
			.with(csrf())
			.accept("text/html")
			.exchange();
		MvcTestResult empty = this.mvc.post()
			.uri("/i/typed2/username")
			.param("identifier", " ")
			.with(csrf())
			.accept("text/html")
			.exchange();

		assertThat(refused).hasStatus(422).bodyText().contains("You have already asked for an invite");
		assertThat(empty).hasStatus(422).bodyText().contains("Please enter your Plex username");
		then(this.links).should().release(3);
	}

	@Test
	void typedUsernameIsNotOfferedWhenTheLinkDoesNotAllowIt() {
		link("plexonly", LinkState.ACTIVE, false);

		assertThat(
				this.mvc.post().uri("/i/plexonly/username").param("identifier", "sam").with(csrf()).accept("text/html"))
			.hasStatus(404);
		then(this.invitations).should(never()).submitFromLink(any());
	}

}
