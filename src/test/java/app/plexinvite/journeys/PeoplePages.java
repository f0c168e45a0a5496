package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;

import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner's steps on the people pages, in one browser. */
final class PeoplePages {

	private final Browser browser;

	private final Texts texts;

	PeoplePages(Browser browser, Texts texts) {
		this.browser = browser;
		this.texts = texts;
	}

	/** Reads who has access from plex.tv now; the page reports the sync. */
	void syncNow() throws IOException {
		this.browser.open("/admin/users");
		this.browser.clickAndLoad(this.browser.find("form[action='/admin/users/sync'] button[type=submit]"));
		assertThat(this.browser.path()).isEqualTo("/admin/users");
		assertThat(this.browser.find("#sync").getText()).doesNotContain(this.texts.get("people.sync.never"));
		this.browser.screenshot("people");
	}

	/** Finds the person by searching and opens their page. */
	void opens(String name) throws IOException {
		this.browser.open("/admin/users");
		this.browser.type("#q", name);
		this.browser.clickAndLoad(this.browser.find("form[role=search] button[type=submit]"));
		List<WebElement> links = this.browser.findAll("a.person-link");
		assertThat(links).extracting(WebElement::getText).containsExactly(name);
		this.browser.clickAndLoad(links.get(0));
		assertThat(this.browser.path()).matches("/admin/users/\\d+");
		assertThat(this.browser.find("#person .badge").getText()).isEqualTo(this.texts.get("people.state.ACCEPTED"));
	}

	/** Revokes the open person's access through the confirmation page. */
	void revokes(String name) throws IOException {
		this.browser.clickAndLoad(this.browser.find("a[href$='/revoke']"));
		this.browser.screenshot("person-revoke-confirm");
		this.browser.clickAndLoad(this.browser.find("#confirm form button[type=submit]"));
		assertThat(this.browser.find("#notice").getText()).isEqualTo(this.texts.get("people.result.revoked", name));
		assertThat(this.browser.find("#person .badge").getText()).isEqualTo(this.texts.get("people.state.REVOKED"));
	}

	/**
	 * Gives the open person exactly these libraries (plex.tv ids) through the
	 * confirmation page.
	 */
	void givesLibraries(String name, List<Long> libraryIds) throws IOException {
		List<String> wanted = libraryIds.stream().map(String::valueOf).toList();
		check(this.browser.find("#allLibraries"), false);
		for (WebElement box : this.browser.findAll("input[name=library]")) {
			check(box, wanted.contains(box.getDomProperty("value")));
		}
		this.browser.screenshot("person");
		this.browser.clickAndLoad(this.browser.find("form[action$='/access'] button[type=submit]"));
		this.browser.clickAndLoad(this.browser.find("#confirm form button[type=submit]"));
		assertThat(this.browser.find("#notice").getText())
			.isEqualTo(this.texts.get("people.result.access-changed", name));
		assertThat(this.browser.findAll("input[name=library]:checked")).extracting((box) -> box.getDomProperty("value"))
			.containsExactlyInAnyOrderElementsOf(wanted);
	}

	private void check(WebElement box, boolean checked) {
		if (box.isSelected() != checked) {
			this.browser.click(box);
		}
	}

}
