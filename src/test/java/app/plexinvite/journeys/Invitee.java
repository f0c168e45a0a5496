package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with an invite link, on a phone: opens it, signs in with Plex in the popup (the
 * simulator's sign-in page) and comes back to the guide.
 */
final class Invitee {

	private final Browser browser;

	private final Texts texts;

	Invitee(Browser browser, Texts texts) {
		this.browser = browser;
		this.texts = texts;
	}

	/** Opens the link and sees the invitation with the libraries by name. */
	void opensTheLink(String path, String... libraries) throws IOException {
		this.browser.open(path);
		assertThat(this.browser.find("h1").getText()).isEqualTo(this.texts.get("links.invite.heading", "Demo Server"));
		assertThat(this.browser.findAll(".invite-card ul li")).extracting((item) -> item.getText())
			.containsExactlyInAnyOrder(libraries);
		this.browser.screenshot("link-invite");
	}

	/**
	 * Presses "Sign in with Plex", signs in as the account in the popup, and waits on the
	 * link's page until it has taken them to the welcome page.
	 */
	void signsInWithPlexAs(String account) throws IOException {
		WebDriver driver = this.browser.driver();
		String page = driver.getWindowHandle();
		Set<String> before = driver.getWindowHandles();
		this.browser.click(this.browser.find("#join-form button[type=submit]"));
		this.browser.waitUntil(ExpectedConditions.numberOfWindowsToBe(before.size() + 1));
		String popup = driver.getWindowHandles()
			.stream()
			.filter((handle) -> !before.contains(handle))
			.findFirst()
			.orElseThrow();
		driver.switchTo().window(popup);
		this.browser.waitUntil(ExpectedConditions.urlContains("/auth"));
		this.browser.waitUntil((ignored) -> this.browser.findAll("#accounts button")
			.stream()
			.anyMatch((button) -> List.of(button.getText().split("\n")).contains(account)));
		this.browser.click(this.browser.findAll("#accounts button")
			.stream()
			.filter((button) -> List.of(button.getText().split("\n")).contains(account))
			.findFirst()
			.orElseThrow());
		this.browser.waitUntil(
				ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.cssSelector("#message.done")));
		this.browser.screenshot("link-plex-signed-in");
		driver.switchTo().window(page);
		this.browser.waitUntil(ExpectedConditions.urlMatches("/i/[^/]+/welcome$"));
		this.browser.waitUntil(
				ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.cssSelector(".invite-steps")));
	}

	/** The welcome page: joined, with the owner's guide. */
	void seesTheGuide() throws IOException {
		assertThat(this.browser.find("h1").getText())
			.isEqualTo(this.texts.get("links.outcome.JOINED.heading", "Demo Server"));
		assertThat(this.browser.findAll(".invite-steps > li")).isNotEmpty();
		this.browser.screenshot("link-welcome");
	}

}
