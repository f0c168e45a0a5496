package app.plexinvite.journeys;

import java.io.IOException;
import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's main tasks with the keyboard alone, at a desktop or a phone (say, with a
 * keyboard attached): signing in, the skip link, approving a request, making an invite
 * link and removing someone's access (through its confirmation page). Addresses are typed
 * into the browser (opened), the rest is keys.
 */
final class KeyboardOwner {

	private final Browser browser;

	private final Texts texts;

	private final Keyboard keys;

	KeyboardOwner(Browser browser, Texts texts) {
		this.browser = browser;
		this.texts = texts;
		this.keys = new Keyboard(browser);
	}

	/**
	 * The sign-in page puts the focus on the name; the password follows, then the button.
	 */
	void signsIn() {
		this.browser.driver().manage().deleteAllCookies();
		this.browser.open("/admin/login");
		assertThat(this.keys.focusedAndVisible().getDomAttribute("id")).isEqualTo("username");
		this.keys.type(AppTest.OWNER);
		this.keys.tabTo("#password");
		this.keys.type(AppTest.OWNER_PASSWORD);
		this.keys.tabTo("form button[type=submit]");
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.path()).isEqualTo("/admin");
	}

	/**
	 * On an owner's page the first TAB shows "Skip to content"; ENTER moves the focus to
	 * the page's own content, and the next TAB lands inside it, past the navigation.
	 */
	void skipsTheNavigation() throws IOException {
		WebElement skip = this.keys.tab();
		assertThat(skip.getDomAttribute("class")).contains("skip-link");
		assertThat(skip.getText()).isEqualTo(this.texts.get("a11y.skipToContent"));
		this.browser.screenshot("keyboard-skip-link");
		this.keys.press(Keys.ENTER);
		this.browser.scrollSettles();
		assertThat(this.keys.focused().getDomAttribute("id")).isEqualTo("content");
		WebElement first = this.keys.tab();
		assertThat((Boolean) this.browser.script(
				"return document.getElementById('content').contains(arguments[0]) && !arguments[0].closest('nav')",
				first))
			.as("the first stop after the skip link, %s", this.keys.stops())
			.isTrue();
	}

	/**
	 * From wherever the focus is, back up into the navigation (SHIFT+TAB) to the
	 * requests, search for the person and approve their request.
	 */
	void approvesTheRequestOf(String identifier) {
		this.keys.backTo(".admin-nav a[href='/admin/requests']");
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.path()).isEqualTo("/admin/requests");
		this.keys.tabTo("#q");
		this.keys.type(identifier);
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.findAll("table tbody tr")).hasSize(1);
		this.keys.tabTo("form[action$='/approve'] button");
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.find(".alert-success").getText()).isEqualTo(this.texts.get("admin.requests.approved"));
	}

	/**
	 * On the requests page: searches for the person (replacing the search text), opens
	 * "Deny" (a disclosure) with ENTER, types the reason and denies the request.
	 */
	void deniesTheRequestOf(String identifier, String reason) {
		this.keys.tabTo("#q");
		this.keys.selectAll();
		this.keys.type(identifier);
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.findAll("table tbody tr")).hasSize(1);
		this.keys.tabTo("details:has(form[action$='/deny']) > summary");
		this.keys.press(Keys.ENTER);
		this.keys.tabTo("input[name=reason]");
		this.keys.type(reason);
		this.keys.tabTo("form[action$='/deny'] button");
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.find(".alert-success").getText()).isEqualTo(this.texts.get("admin.requests.denied"));
	}

	/**
	 * A single-use link valid for a month that shares the named profile: the radio
	 * buttons move with the arrow keys, the profile is picked in its list with the arrow
	 * keys. Returns the link's path.
	 */
	String makesALink(String label, String profile) throws IOException {
		this.keys.tabTo(".admin-nav a[href='/admin/links']");
		this.keys.pressAndLoad(Keys.ENTER);
		this.keys.tabTo("a[href='/admin/links/new']");
		this.keys.pressAndLoad(Keys.ENTER);
		this.keys.tabTo("#label");
		this.keys.type(label);
		this.keys.tabTo("input[name=expiry]:checked");
		pressUntil(Keys.ARROW_RIGHT, "input[name=expiry][value=MONTH]:checked");
		this.keys.tabTo("input[name=uses]:checked");
		assertThat(this.keys.focused().getDomProperty("value")).isEqualTo("ONE");
		this.keys.tabTo("input[name=access]:checked");
		assertThat(this.keys.focused().getDomProperty("value")).isEqualTo("PROFILE");
		WebElement profiles = this.keys.tabTo("#profileId");
		for (int i = 0; i < 10 && !new Select(profiles).getFirstSelectedOption().getText().equals(profile); i++) {
			this.keys.press(Keys.ARROW_DOWN);
		}
		assertThat(new Select(profiles).getFirstSelectedOption().getText()).isEqualTo(profile);
		this.browser.screenshot("keyboard-link-new");
		this.keys.tabTo("#link-form form button[type=submit]");
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.path()).matches("/admin/links/\\d+");
		assertThat(this.browser.find("h1 span").getText()).isEqualTo(label);
		return URI.create(this.browser.find("#address").getText()).getPath();
	}

	/** Finds the person, opens their page and removes their access after confirming. */
	void revokes(String name) throws IOException {
		this.keys.tabTo(".admin-nav a[href='/admin/users']");
		this.keys.pressAndLoad(Keys.ENTER);
		this.keys.tabTo("#q");
		this.keys.type(name);
		this.keys.pressAndLoad(Keys.ENTER);
		this.keys.tabTo("a.person-link");
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.find("h1 span").getText()).isEqualTo(name);
		this.keys.tabTo("a[href$='/revoke']");
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.find("h1").getText()).isEqualTo(this.texts.get("people.confirm.revoke.heading", name));
		WebElement confirm = this.keys.tabTo("#confirm form button[type=submit]");
		this.browser.screenshot("keyboard-revoke-confirm");
		assertThat(confirm.findElements(By.xpath("ancestor::form"))).hasSize(1);
		this.keys.pressAndLoad(Keys.ENTER);
		assertThat(this.browser.find("#notice").getText()).isEqualTo(this.texts.get("people.result.revoked", name));
	}

	private void pressUntil(CharSequence key, String css) {
		for (int i = 0; i < 10 && !this.browser.findAll(css).contains(this.keys.focused()); i++) {
			this.keys.press(key);
			this.keys.focusedAndVisible();
		}
		assertThat(this.browser.findAll(css)).as(css).contains(this.keys.focused());
	}

}
