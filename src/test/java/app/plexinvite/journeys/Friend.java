package app.plexinvite.journeys;

import java.io.IOException;

import app.plexinvite.invite.RequestStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone the owner knows, asking for an invite on the public pages. */
final class Friend {

	private final Browser browser;

	private final Texts texts;

	Friend(Browser browser, Texts texts) {
		this.browser = browser;
		this.texts = texts;
	}

	/** Fills in the form (the code only when given) and taps "Request invite". */
	void submits(String identifier, String code) {
		this.browser.open("/");
		this.browser.type("#identifier", identifier);
		if (code != null) {
			this.browser.type("#code", code);
		}
		this.browser.clickAndLoad(this.browser.find("form button[type=submit]"));
	}

	/** Lands on the request's own status page. */
	void requestsAnInvite(String identifier, String code) {
		submits(identifier, code);
		assertThat(this.browser.path()).matches("/requests/[A-Za-z0-9_-]{43}");
		assertThat(this.browser.find("main").getText()).contains(this.texts.get("invite.status.for", identifier));
	}

	/**
	 * Reloads the status page until it shows the outcome: the form only hands the send
	 * off, so the page first says the invite is on its way (it reloads itself every 2 s
	 * then; reloading sooner keeps the journey short).
	 */
	void waitsFor(RequestStatus outcome) throws IOException {
		String heading = this.texts.get(outcome.messageKey() + ".heading");
		this.browser.waitUntil((driver) -> {
			if (this.browser.find("h1").getText().equals(heading)) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
		assertThat(this.browser.find(".lead").getText()).isEqualTo(this.texts.get(outcome.messageKey() + ".text"));
	}

}
