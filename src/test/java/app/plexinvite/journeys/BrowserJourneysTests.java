package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.RequestQuery;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.invite.Statistics;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimShare;
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysTests extends Journeys {

	static final String CODE = "movie-night";

	@Autowired
	AccessProfiles profiles;

	@Autowired
	Invitations invitations;

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
		new PageTour(this.phone, this.texts).visitsEveryPage("bob", CODE, RequestStatus.SENT, "NTFY");
	}

	@Test
	@Order(4)
	void everyPageRendersCleanlyOnADesktop() throws IOException {
		readyToInvite();
		new PageTour(this.desktop, this.texts).visitsEveryPage("erin@example.com", CODE, RequestStatus.ALREADY_SHARED,
				"GENERIC");
	}

	@Test
	@Order(5)
	void aFriendSwitchesTheFormToTheirLanguageAndItIsRemembered() throws IOException {
		readyToInvite();
		this.phone.driver().manage().deleteAllCookies();
		this.phone.open("/");
		Texts german = this.texts.in(Locale.GERMAN);
		new Select(this.phone.find("select[name=lang]")).selectByValue("de");
		this.phone.clickAndLoad(this.phone.find(".language-switcher button[type=submit]"));
		assertThat(this.phone.path()).isEqualTo("/");
		assertThat(this.phone.find("html").getDomAttribute("lang")).isEqualTo("de");
		new PageTour(this.phone, german).showsWithHeading("request-form-de",
				german.get("invite.form.heading", "Demo Server"));
		this.phone.open("/admin/login");
		assertThat(this.phone.find("h1").getText()).isEqualTo(german.get("login.heading"));
		this.phone.driver().manage().deleteAllCookies();
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

	private SimShare shareWith(String email) {
		return this.simulator.shares()
			.stream()
			.filter((share) -> email.equalsIgnoreCase(share.invitedEmail()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("plex.tv has no share with " + email));
	}

}
