package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.LinkedSubmission;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.support.DefaultProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything people do, with the keyboard alone (see {@link Keyboard}: keys sent to the
 * focused element, no clicks, every focused control visibly so): a friend asks on the
 * form with the code; the owner signs in, skips the navigation, approves a request and
 * denies another with a reason; the owner makes a link, an invitee joins through it by
 * signing in with Plex, and the owner removes their access again.
 */
class KeyboardJourneyTests extends Journeys {

	static final String CODE = "keys-only";

	@Autowired
	Invitations invitations;

	@Autowired
	AccessProfiles profiles;

	@Test
	void aFriendAsksForAnInviteOnThePublicFormWithTheKeyboardOnly() throws IOException {
		this.invitations.changeInviteCode(CODE);
		librariesChosen();
		Keyboard keys = new Keyboard(this.phone);
		this.phone.driver().manage().deleteAllCookies();
		this.phone.open("/");
		keys.tabTo("#identifier");
		keys.type("kim@example.com");
		keys.tabTo("#code");
		keys.type(CODE);
		keys.tabTo("form button[type=submit]");
		keys.pressAndLoad(Keys.ENTER);
		assertThat(this.phone.path()).matches("/requests/[A-Za-z0-9_-]{43}");
		assertThat(this.phone.find("main").getText()).contains(this.texts.get("invite.status.for", "kim@example.com"));
		new Friend(this.phone, this.texts).waitsFor(RequestStatus.SENT);
		keys.tabTo("a[href='https://app.plex.tv']");
		this.phone.screenshot("keyboard-request-status");
	}

	/** On a phone, where the navigation is a bar fixed at the bottom. */
	@Test
	void theOwnerApprovesOneRequestAndDeniesAnotherWithTheKeyboardOnly() throws IOException {
		librariesChosen();
		LinkedSubmission lena = this.invitations.submitForOwner("lena@example.com", null, true);
		LinkedSubmission mona = this.invitations.submitForOwner("mona@example.com", null, true);
		assertThat(this.invitations.request(lena.requestId()).orElseThrow().status())
			.isEqualTo(RequestStatus.AWAITING_APPROVAL);

		KeyboardOwner owner = new KeyboardOwner(this.phone, this.texts);
		owner.signsIn();
		owner.skipsTheNavigation();
		owner.approvesTheRequestOf("lena@example.com");
		assertThat(this.invitations.request(lena.requestId()).orElseThrow().status())
			.isNotEqualTo(RequestStatus.AWAITING_APPROVAL);
		owner.deniesTheRequestOf("mona@example.com", "Family only");
		assertThat(this.invitations.request(mona.requestId()).orElseThrow()).satisfies((request) -> {
			assertThat(request.status()).isEqualTo(RequestStatus.DENIED);
			assertThat(request.denyReason()).isEqualTo("Family only");
		});
	}

	/**
	 * The owner makes a link, the invitee joins through it on a phone (signing in with
	 * Plex in the popup), and the owner removes their access again through its
	 * confirmation page.
	 */
	@Test
	void theOwnerMakesALinkTheInviteeJoinsAndTheOwnerRemovesThemWithTheKeyboardOnly() throws IOException {
		List<SimLibrary> movies = libraries("Movies");
		this.profiles.create(new ProfileDraft("Keyboard", false,
				movies.stream()
					.map((library) -> new AccessProfile.Library(library.plexTvId(), library.title()))
					.toList(),
				true, false, false, null, null, null, null));
		SimAccount quinn = this.simulator.addAccount("quinn", "quinn@example.com");
		KeyboardOwner owner = new KeyboardOwner(this.desktop, this.texts);
		owner.signsIn();
		String link = owner.makesALink("For Quinn", "Keyboard");

		Keyboard keys = new Keyboard(this.phone);
		this.phone.driver().manage().deleteAllCookies();
		this.phone.open(link);
		if (!this.phone.findAll("#rulesAccepted").isEmpty()) {
			keys.tabTo("#rulesAccepted");
			keys.press(Keys.SPACE);
		}
		keys.tabTo("#join-form button[type=submit]");
		signsInWithPlexInThePopup(keys, "quinn");
		assertThat(this.phone.find("h1").getText())
			.isEqualTo(this.texts.get("links.outcome.JOINED.heading", "Demo Server"));
		this.phone.screenshot("keyboard-link-welcome");
		assertThat(this.simulator.shares()).anyMatch((share) -> isAcceptedShareOf(share, quinn));

		owner.revokes("quinn");
		assertThat(this.simulator.shares()).noneMatch((share) -> isAcceptedShareOf(share, quinn));
	}

	private static boolean isAcceptedShareOf(SimShare share, SimAccount account) {
		return Long.valueOf(account.id()).equals(share.invitedId()) && share.accepted();
	}

	/**
	 * ENTER on "Sign in with Plex" opens Plex's page in a popup; there the account is
	 * typed (the simulator's page is Plex's, not ours: its focus is not checked), and the
	 * link's page moves on to the welcome page by itself.
	 */
	private void signsInWithPlexInThePopup(Keyboard keys, String account) {
		WebDriver driver = this.phone.driver();
		String page = driver.getWindowHandle();
		Set<String> before = driver.getWindowHandles();
		keys.press(Keys.ENTER);
		this.phone.waitUntil(ExpectedConditions.numberOfWindowsToBe(before.size() + 1));
		driver.switchTo()
			.window(driver.getWindowHandles()
				.stream()
				.filter((handle) -> !before.contains(handle))
				.findFirst()
				.orElseThrow());
		this.phone.waitUntil(ExpectedConditions.urlContains("/auth"));
		this.phone.waitUntil(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("account")));
		Keyboard plex = Keyboard.withoutFocusChecks(this.phone);
		plex.tabTo("#account");
		plex.type(account);
		plex.press(Keys.ENTER);
		driver.switchTo().window(page);
		this.phone.waitUntil(ExpectedConditions.urlMatches("/i/[^/]+/welcome$"));
	}

	/** The default profile shares a library, whichever journey ran first. */
	private void librariesChosen() {
		if (!this.profiles.defaultProfile().configured()) {
			DefaultProfile.shares(this.profiles,
					libraries("Movies").stream()
						.map((library) -> new AccessProfile.Library(library.plexTvId(), library.title()))
						.toList(),
					true);
		}
	}

}
