package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import app.plexinvite.invite.RequestStatus;
import app.plexinvite.links.LinkState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and owner page in one browser: each shows its heading, no error page, no
 * missing message, no console error (a Content-Security-Policy violation is one), no
 * sideways scrolling, no serious accessibility fault ({@link PageChecks}), and follows
 * the system's light and dark preference. Each is photographed in both themes.
 */
final class PageTour {

	private static final String MISSING_MESSAGE = "\\?\\?[\\w.-]+\\?\\?";

	/** A well-formed status link that belongs to no request. */
	private static final String UNKNOWN_REQUEST = "/requests/" + "x".repeat(43);

	private final Browser browser;

	private final Texts texts;

	private final PageChecks checks;

	PageTour(Browser browser, Texts texts) {
		this.browser = browser;
		this.texts = texts;
		this.checks = new PageChecks(browser);
	}

	/** As a stranger who asks for {@code identifier}'s invite, then as the owner. */
	void visitsEveryPage(String identifier, String code, RequestStatus outcome, String webhookKind) throws IOException {
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
		for (String page : List.of("requests", "links", "profiles", "onboarding", "settings", "plex", "email",
				"audit")) {
			this.browser.open("/admin/" + page);
			showsCleanly(page, "admin." + page + ".heading");
		}
		this.browser.open("/admin/batch");
		showsCleanly("batch", "batch.heading");
		this.browser.open("/admin/stats");
		showsCleanly("stats", "stats.heading");
		visitsThePeoplePages(identifier);
		visitsTheNotificationPages(identifier, webhookKind);
		visitsTheApiPages(identifier);
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
	 * A preview of the welcome e-mail in English and German, the webhooks, the new
	 * endpoint form and the page of an endpoint registered through it (of this kind, for
	 * a receiver that does not listen: it only hears of expired access, which the tour
	 * never causes, so nothing is delivered).
	 */
	private void visitsTheNotificationPages(String identifier, String kind) throws IOException {
		for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
			this.browser.open("/admin/email/preview/welcome?lang=" + language.getLanguage());
			String subject = ResourceBundle.getBundle("mail.messages", language).getString("mail.welcome.subject");
			assertThat(this.browser.find("#subject").getText()).startsWith(subject.substring(0, subject.indexOf('{')));
			showsCleanly("email-preview-" + language.getLanguage(), "admin.email.kind.WELCOME");
		}
		this.browser.open("/admin/webhooks");
		showsCleanly("webhooks", "webhooks.heading");
		this.browser.open("/admin/webhooks/new");
		showsCleanly("webhook-new", "webhooks.form.newTitle");
		String name = "Tour " + identifier;
		this.browser.type("#name", name);
		this.browser.click(this.browser.find("input[name=kind][value=" + kind + "]"));
		this.browser.type("#url", "http://127.0.0.1:9/topic");
		for (WebElement event : this.browser.findAll("input[name=events]")) {
			if (event.isSelected() != "USER_EXPIRED".equals(event.getDomProperty("value"))) {
				this.browser.click(event);
			}
		}
		this.browser.clickAndLoad(this.browser.find("#webhook-form form button[type=submit]"));
		assertThat(this.browser.path()).matches("/admin/webhooks/\\d+");
		assertThat(this.browser.find(".alert-success").getText()).isEqualTo(this.texts.get("webhooks.created"));
		showsWithHeading("webhook", name + " " + this.texts.get("webhooks.state.enabled"));
	}

	/**
	 * The API keys, the page that shows a new key once, and the API's documentation
	 * (Swagger UI in our own page: without our themes, so checked and photographed in the
	 * light one).
	 */
	private void visitsTheApiPages(String identifier) throws IOException {
		this.browser.open("/admin/api");
		showsCleanly("api", "api.keys.heading");
		this.browser.type("#name", "Tour " + identifier);
		this.browser.clickAndLoad(this.browser.find("form[action='/admin/api'] button[type=submit]"));
		assertThat(this.browser.find("#new-key").getDomProperty("value")).startsWith("pik_");
		showsCleanly("api-key", "api.keys.heading");
		this.browser.open("/api/docs");
		this.browser.prefer("light");
		WebElement title = this.browser
			.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
		assertThat(title.getText()).as("api-docs").startsWith("Plex Invite API");
		this.browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
		assertThat(this.browser.find("title").getDomProperty("textContent"))
			.isEqualTo(this.texts.get("api.docs.title"));
		assertThat(this.browser.consoleProblems()).as("console of api-docs").isEmpty();
		assertThat(this.checks.fitsTheWindow()).as("api-docs fits the window without scrolling sideways").isTrue();
		assertThat(this.checks.seriousAccessibilityFaults("light")).as("api-docs").isEmpty();
		this.browser.screenshot("api-docs");
	}

	private void showsCleanly(String shot, String heading, Object... arguments) throws IOException {
		showsWithHeading(shot, this.texts.get(heading, arguments));
	}

	/**
	 * Checks the page in the browser now: its heading, no missing message, no console
	 * problem, fits the window, the bottom bar, axe-core in both themes; a screenshot of
	 * each theme.
	 */
	void showsWithHeading(String shot, String heading) throws IOException {
		assertThat(this.browser.find("h1").getText()).as(shot).isEqualTo(heading);
		assertThat(this.browser.find("body").getText()).as(shot)
			.doesNotContainPattern(MISSING_MESSAGE)
			.doesNotContain(this.texts.get("error.5xx.heading"));
		assertThat(this.browser.consoleProblems()).as("console of " + shot).isEmpty();
		assertThat(this.checks.fitsTheWindow()).as("%s fits the window without scrolling sideways", shot).isTrue();
		assertThat(this.checks.bottomBarProblems()).as("%s's bottom bar", shot).isEmpty();
		for (String theme : List.of("light", "dark")) {
			this.browser.prefer(theme);
			this.browser.waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "data-bs-theme", theme));
			this.browser.settles();
			assertThat(this.checks.seriousAccessibilityFaults(theme)).as("%s in the %s theme", shot, theme).isEmpty();
			this.browser.screenshot(shot);
		}
	}

}
