package app.plexinvite.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner invites four friends from a CSV file in a real browser against the app in
 * demo mode (the rows name a profile with libraries): uploads it, reads the preview (one
 * bad row is left out), confirms, and watches the progress bar fill up by itself
 * (batch.js polling the running feeder and invite pipeline) until the batch is finished;
 * plex.tv then holds one share each.
 */
class BatchJourneyTests extends Journeys {

	@Autowired
	AccessProfiles profiles;

	@Test
	void theOwnerUploadsACsvAndWatchesTheBatchFinish() throws IOException {
		this.profiles.create(new ProfileDraft("Batch friends", false,
				libraries("Movies").stream().map((l) -> new AccessProfile.Library(l.plexTvId(), l.title())).toList(),
				false, false, false, null, null, null, null));
		List<String> friends = List.of("batchjo", "batchkai", "batchlu", "batchmo");
		friends.forEach((name) -> this.simulator.addAccount(name, name + "@example.com"));
		Path file = Files.createTempFile("friends-", ".csv");
		Files.writeString(file,
				"username;name;profile;expiry;message\n" + String.join(";Friend;batch friends;30d;Hi\n", friends)
						+ ";Friend;batch friends;30d;Hi\nnot a name!;;;;\n");

		Owner owner = new Owner(this.desktop, this.texts);
		owner.signsIn();
		this.desktop.open("/admin/batch");
		Path tooLarge = Files.createTempFile("too-large-", ".csv");
		Files.write(tooLarge, new byte[6 * 1024 * 1024]);
		this.desktop.find("#file").sendKeys(tooLarge.toAbsolutePath().toString());
		this.desktop.click(this.desktop.find("form[enctype='multipart/form-data'] button[type=submit]"));
		assertThat(this.desktop.find("#file-too-large").getText()).isEqualTo(this.texts.get("batch.file.tooLarge", 5));
		assertThat(this.desktop.path()).isEqualTo("/admin/batch");
		Files.delete(tooLarge);
		this.desktop.find("#file").sendKeys(file.toAbsolutePath().toString());
		this.desktop.clickAndLoad(this.desktop.find("form[enctype='multipart/form-data'] button[type=submit]"));
		assertThat(this.desktop.path()).matches("/admin/batch/\\d+");
		assertThat(this.desktop.find("#preview-counts").getText())
			.isEqualTo(this.texts.get("batch.preview.counts", 4, 1));
		PageTour tour = new PageTour(this.desktop, this.texts);
		tour.showsWithHeading("batch-preview", this.desktop.find("h1").getText());

		this.desktop.clickAndLoad(this.desktop.find("#start"));
		assertThat(this.desktop.find(".alert-success").getText()).isEqualTo(this.texts.get("batch.started"));
		watchesTheBatchFinish();
		assertThat(this.desktop.find("#progress-summary").getText())
			.isEqualTo(this.texts.get("batch.progress.summary", 4, 0, 0, 0, 4));
		tour.showsWithHeading("batch-finished", this.desktop.find("h1").getText());

		friends.forEach((name) -> assertThat(this.simulator.shares()
			.stream()
			.filter((share) -> name.equals(share.invitedUsername())
					|| (name + "@example.com").equals(share.invitedEmail())))
			.as(name)
			.hasSize(1));
		Files.delete(file);
	}

	/**
	 * Waits until the page says the batch is finished with a full bar (the page reloads
	 * itself meanwhile); says where it stood if it does not.
	 */
	private void watchesTheBatchFinish() throws IOException {
		String finished = this.texts.get("batch.state.FINISHED");
		try {
			this.desktop.waitUntil((driver) -> {
				try {
					WebElement bar = this.desktop.find("#batch-progress");
					return finished.equals(this.desktop.find("#batch-state").getText())
							&& bar.getDomProperty("value").equals(bar.getDomProperty("max"));
				}
				catch (WebDriverException ex) {
					return false;
				}
			});
		}
		catch (TimeoutException ex) {
			this.desktop.screenshot("batch-timeout");
			throw new AssertionError(
					"The batch did not finish: " + this.desktop.find("#batch-state").getText() + " / "
							+ this.desktop.find("#progress-status").getText() + " / " + this.desktop.consoleProblems(),
					ex);
		}
	}

}
