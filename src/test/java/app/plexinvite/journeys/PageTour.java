package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import app.plexinvite.invite.RequestStatus;
import app.plexinvite.links.LinkState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and owner page in one browser: each shows its heading, no error page, no
 * missing message, no console error (a Content-Security-Policy violation is one), no
 * sideways scrolling, and follows the system's light and dark preference. Each is
 * photographed in both themes.
 */
final class PageTour {

	private static final String MISSING_MESSAGE = "\\?\\?[\\w.-]+\\?\\?";

	/** A well-formed status link that belongs to no request. */
	private static final String UNKNOWN_REQUEST = "/requests/" + "x".repeat(43);

	private final Browser browser;

	private final Texts texts;

	PageTour(Browser browser, Texts texts) {
		this.browser = browser;
		this.texts = texts;
	}

	/** As a stranger who asks for {@code identifier}'s invite, then as the owner. */
	void visitsEveryPage(String identifier, String code, RequestStatus outcome) throws IOException {
		this.browser.driver().manage().deleteAllCookies();
		this.browser.consoleProblems(); // what earlier journeys left, such as a 422
										// answer
		this.browser.open("/");
		showsCleanly("request-form", "invite.form.heading", "Demo Server");
		Friend friend = new Friend(this.browser, this.texts);
		friend.requestsAnInvite(identifier, code);
		friend.waitsFor(outcome);
		showsCleanly("request-status", outcome.messageKey() + ".heading");
		this.browser.open(UNKNOWN_REQUEST);
		assertThat(this.browser.consoleProblems()).singleElement()
			.asString()
			.endsWith(UNKNOWN_REQUEST + " - Failed to load resource: the server responded with a status of 404 ()");
		showsCleanly("not-found", "error.404.heading");
		this.browser.open("/admin/login");
		showsCleanly("sign-in", "login.heading");
		Owner owner = new Owner(this.browser, this.texts);
		owner.signsIn();
		showsCleanly("dashboard", "dashboard.heading");
		for (String page : List.of("requests", "links", "profiles", "onboarding", "settings", "plex", "audit")) {
			this.browser.open("/admin/" + page);
			showsCleanly(page, "admin." + page + ".heading");
		}
		visitsThePeoplePages(identifier);
		this.browser.open("/admin/account");
		showsCleanly("account", "account.heading");
		this.browser.open("/admin/profiles/new");
		showsCleanly("profile-new", "admin.profiles.form.new");
		this.browser.open("/admin/links/new");
		showsCleanly("link-new", "admin.linkForm.newTitle");
		String link = owner.createsALink("Tour " + identifier,
				this.texts.get("admin.linkForm.defaultProfile", "Default"));
		showsWithHeading("link",
				this.browser.find("h1 span").getText() + " " + this.texts.get("admin.links.state." + LinkState.ACTIVE));
		this.browser.open(link);
		showsCleanly("link-invite", "links.invite.heading", "Demo Server");
		this.browser.open("/i/" + "no-such-link");
		assertThat(this.browser.consoleProblems()).singleElement().asString().contains("/i/no-such-link");
		showsCleanly("link-not-found", "error.404.heading");
	}

	/**
	 * The people list, the person who asked for an invite (their request gave them
	 * access), the confirmation of removing it or cancelling the invite, and the bulk
	 * confirmation: pages only, nothing is confirmed.
	 */
	private void visitsThePeoplePages(String identifier) throws IOException {
		this.browser.open("/admin/users");
		showsCleanly("people", "people.heading");
		this.browser.open("/admin/users?q=" + identifier);
		this.browser.clickAndLoad(this.browser.find("a.person-link"));
		String name = this.browser.find("h1 span").getText();
		showsWithHeading("person", this.browser.find("h1").getText());
		WebElement end = this.browser.find("a[href$='/revoke'], a[href$='/cancel-invite']");
		String step = end.getAttribute("href").substring(end.getAttribute("href").lastIndexOf('/') + 1);
		this.browser.clickAndLoad(end);
		showsCleanly("person-" + step, "people.confirm." + step + ".heading", name);
		this.browser.open("/admin/users?q=" + identifier);
		this.browser.click(this.browser.find("input[name=id]"));
		this.browser.clickAndLoad(this.browser.find("button[name=action][value=REVOKE]"));
		showsCleanly("people-bulk", "people.bulk.heading", 1);
	}

	/**
	 * axe-core's WCAG 2.1 A and AA faults with a serious or critical impact: every rule
	 * in the light theme, only colour contrast in the dark one (the rest does not
	 * change).
	 */
	private List<String> seriousAccessibilityFaults(String theme) {
		AxeBuilder axe = new AxeBuilder();
		if ("light".equals(theme)) {
			axe.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
		}
		else {
			axe.withOnlyRules(List.of("color-contrast"));
		}
		Results results = axe.analyze(this.browser.driver());
		return results.getViolations()
			.stream()
			.filter((rule) -> List.of("serious", "critical").contains(rule.getImpact()))
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	private void showsCleanly(String shot, String heading, Object... arguments) throws IOException {
		showsWithHeading(shot, this.texts.get(heading, arguments));
	}

	private void showsWithHeading(String shot, String heading) throws IOException {
		assertThat(this.browser.find("h1").getText()).as(shot).isEqualTo(heading);
		assertThat(this.browser.find("body").getText()).as(shot)
			.doesNotContainPattern(MISSING_MESSAGE)
			.doesNotContain(this.texts.get("error.5xx.heading"));
		assertThat(this.browser.consoleProblems()).as("console of " + shot).isEmpty();
		assertThat(this.browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("%s fits the window without scrolling sideways", shot)
			.isEqualTo(true);
		for (String theme : List.of("light", "dark")) {
			this.browser.prefer(theme);
			this.browser.waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "data-bs-theme", theme));
			assertThat(seriousAccessibilityFaults(theme)).as("%s in the %s theme", shot, theme).isEmpty();
			this.browser.screenshot(shot);
		}
	}

}
