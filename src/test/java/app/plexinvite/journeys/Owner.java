package app.plexinvite.journeys;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import app.plexinvite.invite.RequestStatus;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The server owner's steps on the dashboard, in one browser. */
final class Owner {

	private final Browser browser;

	private final Texts texts;

	Owner(Browser browser, Texts texts) {
		this.browser = browser;
		this.texts = texts;
	}

	void signsIn() {
		this.browser.open("/admin/login");
		this.browser.type("#username", AppTest.OWNER);
		this.browser.type("#password", AppTest.OWNER_PASSWORD);
		this.browser.clickAndLoad(this.browser.find("form button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo("/admin");
	}

	void setsTheInviteCode(String code) throws IOException {
		this.browser.open("/admin/settings");
		this.browser.type("#code", code);
		this.browser.clickAndLoad(this.browser.find("form[action='/admin/settings/invite-code'] button"));
		assertThat(this.browser.find(".alert-success").getText())
			.isEqualTo(this.texts.get("admin.settings.code.saved"));
		assertThat(this.browser.find("#code").getDomProperty("value")).isEqualTo(code);
		this.browser.screenshot("settings-code-saved");
	}

	/** Exactly these libraries, with downloads allowed. */
	void choosesLibraries(List<SimLibrary> libraries) throws IOException {
		List<String> ids = libraries.stream().map((library) -> String.valueOf(library.plexTvId())).toList();
		this.browser.open("/admin/profiles");
		this.browser.clickAndLoad(this.browser.find(".profile-default a.profile-edit"));
		String form = this.browser.path();
		check(this.browser.find("#allLibraries"), false);
		for (WebElement box : this.browser.findAll("input[name=library]")) {
			check(box, ids.contains(box.getDomProperty("value")));
		}
		check(this.browser.find("#allowSync"), true);
		this.browser.clickAndLoad(this.browser.find("form[action^='/admin/profiles/'] button[type=submit]"));
		assertThat(this.browser.find(".alert-success").getText()).isEqualTo(this.texts.get("admin.profiles.saved"));
		this.browser.open(form);
		assertThat(this.browser.findAll("input[name=library]:checked")).extracting((box) -> box.getDomProperty("value"))
			.containsExactlyInAnyOrderElementsOf(ids);
		this.browser.screenshot("libraries-saved");
	}

	/** Searches the requests page and finds exactly one row, in this status. */
	void findsTheRequest(String search, String identifier, RequestStatus status) throws IOException {
		this.browser.open("/admin/requests");
		this.browser.type("#q", search);
		this.browser.clickAndLoad(this.browser.find("form[role=search] button[type=submit]"));
		List<WebElement> rows = this.browser.findAll("table tbody tr");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).findElements(By.tagName("td")).get(0).getText()).isEqualTo(identifier);
		assertThat(rows.get(0).findElement(By.cssSelector(".badge")).getText())
			.isEqualTo(this.texts.get("admin.status." + status.name()));
		this.browser.screenshot("requests-search");
	}

	/** The dashboard's request counts by their label, in the order shown. */
	Map<String, Long> readsTheStatistics() throws IOException {
		this.browser.open("/admin");
		Map<String, Long> counts = new LinkedHashMap<>();
		for (WebElement card : this.browser.findAll(".stat-cards .card-body")) {
			String number = card.findElement(By.cssSelector(".stat-number")).getText().replaceAll("\\D", "");
			counts.put(card.findElement(By.cssSelector(".text-body-secondary")).getText(), Long.valueOf(number));
		}
		this.browser.screenshot("dashboard-statistics");
		return counts;
	}

	/**
	 * Makes a single-use link, valid for a week, that shares with the named profile, and
	 * reads its address from the link's page (returned as the path).
	 */
	String createsALink(String label, String profile) throws IOException {
		this.browser.open("/admin/links/new");
		this.browser.type("#label", label);
		this.browser.click(this.browser.find("input[name=expiry][value=WEEK]"));
		this.browser.click(this.browser.find("input[name=uses][value=ONE]"));
		this.browser.click(this.browser.find("input[name=access][value=PROFILE]"));
		new Select(this.browser.find("#profileId")).selectByVisibleText(profile);
		this.browser.screenshot("link-new");
		this.browser.clickAndLoad(this.browser.find("#link-form form button[type=submit]"));
		assertThat(this.browser.path()).matches("/admin/links/\\d+");
		this.browser.screenshot("link");
		// Demo mode's PUBLIC_URL names the default port; the test server listens
		// elsewhere.
		return URI.create(this.browser.find("#address").getText()).getPath();
	}

	private void check(WebElement box, boolean checked) {
		if (box.isSelected() != checked) {
			this.browser.click(box);
		}
	}

}
