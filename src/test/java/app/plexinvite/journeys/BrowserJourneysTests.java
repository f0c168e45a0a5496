package app.plexinvite.journeys;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.RequestQuery;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.invite.Statistics;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people do, in real browsers against the whole app in demo mode: a friend asks for
 * an invite on a phone with the owner's code and is invited; the owner, at a desktop,
 * sets the code, picks the libraries and sees the request sent. One Spring context and
 * one browser per window size serve every journey; the owner's and the friend's steps
 * live in {@link Owner} and {@link Friend}. Screenshots land in target/screenshots. The
 * order only makes the screenshots tell the story; each journey sets up what it needs.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysTests {

	static final String CODE = "movie-night";

	@LocalServerPort
	int port;

	@Autowired
	PlexSimulator simulator;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	Invitations invitations;

	@Autowired
	MessageSource messages;

	private Texts texts;

	private Browser phone;

	private Browser desktop;

	@BeforeAll
	void startBrowsers() throws IOException {
		this.texts = new Texts(this.messages);
		String base = "http://127.0.0.1:" + this.port;
		this.phone = Browser.phone(base);
		this.desktop = Browser.desktop(base);
	}

	@AfterAll
	void stopBrowsers() throws IOException {
		try (Browser phone = this.phone; Browser desktop = this.desktop) {
			// both are closed, even when one fails to
		}
	}

	@Test
	@Order(1)
	void aFriendWithTheCodeRequestsOnAPhoneAndTheOwnerSeesTheInviteSent() throws IOException {
		Owner owner = new Owner(this.desktop, this.texts);
		owner.signsIn();
		owner.setsTheInviteCode(CODE);
		List<SimLibrary> chosen = libraries("Movies", "Kids");
		owner.choosesLibraries(chosen);

		Friend friend = new Friend(this.phone, this.texts);
		friend.requestsAnInvite("alice@example.com", CODE);
		friend.waitsFor(RequestStatus.SENT);
		this.phone.screenshot("request-status-invited");
		assertThat(shareWith("alice@example.com").librarySectionIds())
			.containsExactlyInAnyOrderElementsOf(chosen.stream().map(SimLibrary::plexTvId).toList());

		owner.findsTheRequest("alice", "alice@example.com", RequestStatus.SENT);
		Statistics statistics = this.invitations.statistics();
		assertThat(statistics.sent()).isPositive();
		assertThat(owner.readsTheStatistics()).containsExactly(
				Map.entry(this.texts.get("dashboard.stats.total"), statistics.total()),
				Map.entry(this.texts.get("dashboard.stats.sent"), statistics.sent()),
				Map.entry(this.texts.get("dashboard.stats.waiting"), statistics.waiting()),
				Map.entry(this.texts.get("dashboard.stats.failed"), statistics.failed()));
	}

	@Test
	@Order(2)
	void aWrongCodeIsShownOnTheFormAndNothingIsStored() throws IOException {
		this.invitations.changeInviteCode(CODE);
		Friend friend = new Friend(this.phone, this.texts);
		friend.submits("henry@example.com", "not-the-code");
		assertThat(this.phone.path()).isEqualTo("/");
		assertThat(this.phone.find("#code-error").getText()).isEqualTo(this.texts.get("invite.code.wrong"));
		assertThat(this.phone.find("#code").getDomAttribute("class")).contains("is-invalid");
		assertThat(this.phone.find("#identifier").getDomProperty("value")).isEqualTo("henry@example.com");
		assertThat(this.invitations.requests(new RequestQuery("henry@example.com", null, null, 10)).items()).isEmpty();
		this.phone.screenshot("request-form-wrong-code");
	}

	@Test
	@Order(3)
	void everyPageRendersCleanlyOnAPhone() throws IOException {
		readyToInvite();
		new PageTour(this.phone, this.texts).visitsEveryPage("bob", CODE, RequestStatus.SENT);
	}

	@Test
	@Order(4)
	void everyPageRendersCleanlyOnADesktop() throws IOException {
		readyToInvite();
		new PageTour(this.desktop, this.texts).visitsEveryPage("erin@example.com", CODE, RequestStatus.ALREADY_SHARED);
	}

	/** The code is required and libraries are chosen, whichever journey ran first. */
	private void readyToInvite() {
		this.invitations.changeInviteCode(CODE);
		if (!this.profiles.defaultProfile().configured()) {
			List<AccessProfile.Library> movies = libraries("Movies").stream()
				.map((library) -> new AccessProfile.Library(library.plexTvId(), library.title()))
				.toList();
			DefaultProfile.shares(this.profiles, movies, true);
		}
	}

	private List<SimLibrary> libraries(String... titles) {
		Map<String, SimLibrary> byTitle = new LinkedHashMap<>();
		this.simulator.server("Demo Server").libraries().forEach((library) -> byTitle.put(library.title(), library));
		return List.of(titles).stream().map(byTitle::get).toList();
	}

	private SimShare shareWith(String email) {
		return this.simulator.shares()
			.stream()
			.filter((share) -> email.equalsIgnoreCase(share.invitedEmail()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("plex.tv has no share with " + email));
	}

}
