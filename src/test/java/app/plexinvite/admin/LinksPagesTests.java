package app.plexinvite.admin;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.Invitee;
import app.plexinvite.links.Reservation;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The owner's link pages over MockMvc, with PUBLIC_URL set and Plex not connected. Access
 * profiles are another feature's: mocked, with one profile "Friends".
 */
@AppTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "plexinvite.public-url=https://invite.example.com/")
class LinksPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InviteLinks links;

	@MockitoSpyBean
	AccessProfiles profiles;

	/** The profile "Friends" (every library), made once for the shared database. */
	private String friends() {
		return String.valueOf(this.profiles.all()
			.stream()
			.filter((profile) -> profile.name().equals("Friends"))
			.findFirst()
			.orElseGet(() -> this.profiles
				.create(new ProfileDraft("Friends", true, List.of(), false, false, false, null, null, null, null)))
			.id());
	}

	private MvcTestResult post(String uri, String... fields) {
		var request = this.mvc.post().uri(uri).with(user("owner").roles("ADMIN")).with(csrf()).accept("text/html");
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(user("owner").roles("ADMIN")).accept("text/html").exchange();
	}

	private long created(String label, String... more) {
		String[] fields = new String[8 + more.length];
		System.arraycopy(new String[] { "label", label, "expiry", "WEEK", "uses", "ONE", "access", "PROFILE" }, 0,
				fields, 0, 8);
		System.arraycopy(more, 0, fields, 8, more.length);
		MvcTestResult result = post("/admin/links", fields);
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void createsALinkWithAProfileAndListsItsFullAddressUsesAndStatus() {
		long id = created("For Dana", "profileId", friends(), "customCode", "dana-2026");

		MvcTestResult list = get("/admin/links");

		assertThat(list).hasStatusOk()
			.bodyText()
			.contains("For Dana", "https://invite.example.com/i/dana-2026", "0 of 1 used, 1 left", "Active", "Friends",
					"/js/links.js", "data-copy=\"https://invite.example.com/i/dana-2026\"");
		assertThat(this.links.find(id).orElseThrow().link().maxUses()).isEqualTo(1);
	}

	@Test
	void refusesBadInputWith422AndKeepsEverythingTyped() {
		MvcTestResult result = post("/admin/links", "label", "", "customCode", "no spaces", "message", "See you soon",
				"expiry", "CUSTOM", "uses", "MANY", "access", "PROFILE", "profileId", friends());

		assertThat(result).hasStatus(422).bodyText().contains("Give the link a label", "See you soon", "no spaces");
		MvcTestResult missing = post("/admin/links", "label", "Party", "customCode", "no spaces", "expiry", "CUSTOM",
				"uses", "MANY", "access", "PROFILE", "profileId", friends());
		assertThat(missing).hasStatus(422)
			.bodyText()
			.contains("Choose the date and time", "Say how many people", "Party");
		MvcTestResult badCode = post("/admin/links", "label", "Party", "customCode", "no spaces", "expiry", "NEVER",
				"uses", "UNLIMITED", "access", "PROFILE", "profileId", friends());
		assertThat(badCode).hasStatus(422).bodyText().contains("A code may only use letters");
	}

	@Test
	void refusesACodeTakenInAnotherCaseAndAnExpiryInThePast() {
		created("First", "profileId", friends(), "customCode", "SameCode");

		assertThat(post("/admin/links", "label", "Second", "customCode", "samecode", "expiry", "NEVER", "uses", "ONE",
				"access", "PROFILE", "profileId", friends()))
			.hasStatus(422)
			.bodyText()
			.contains("This code is taken");
		assertThat(post("/admin/links", "label", "Late", "expiry", "CUSTOM", "expiresAt", "2001-01-01T10:00", "uses",
				"ONE", "access", "PROFILE", "profileId", friends()))
			.hasStatus(422)
			.bodyText()
			.contains("Choose a time in the future");
	}

	@Test
	void givesALinkWithEveryLibraryItsOwnHiddenProfileWithoutAskingPlex() {
		MvcTestResult result = post("/admin/links", "label", "Own", "expiry", "NEVER", "uses", "UNLIMITED", "access",
				"LIBRARIES", "allLibraries", "true", "allowSync", "true");
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		then(this.profiles).should()
			.createHidden(org.mockito.ArgumentMatchers
				.argThat((ProfileDraft draft) -> draft.allLibraries() && draft.allowSync() && !draft.allowChannels()));
		AccessProfile own = this.profiles.find(this.links.find(id).orElseThrow().link().profileId()).orElseThrow();
		assertThat(own.hidden()).isTrue();
		assertThat(own.allLibraries()).isTrue();
		assertThat(own.allowSync()).isTrue();
	}

	@Test
	void dropsALinksOwnProfileWhenTheLinkMovesToANamedOneAndNobodyHoldsIt() {
		MvcTestResult result = post("/admin/links", "label", "Own", "expiry", "NEVER", "uses", "UNLIMITED", "access",
				"LIBRARIES", "allLibraries", "true");
		String location = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long own = this.links.find(id).orElseThrow().link().profileId();

		assertThat(post("/admin/links/" + id, "label", "Own", "expiry", "NEVER", "uses", "UNLIMITED", "access",
				"PROFILE", "profileId", friends()))
			.hasStatus3xxRedirection();

		assertThat(this.links.find(id).orElseThrow().link().profileId()).isEqualTo(Long.parseLong(friends()));
		assertThat(this.profiles.find(own)).isEmpty();
	}

	@Test
	void keepsTheFormWhenPlexCannotNameANewlyChosenLibrary() {
		MvcTestResult result = post("/admin/links", "label", "Films", "expiry", "NEVER", "uses", "ONE", "access",
				"LIBRARIES", "library", "3");

		assertThat(result).hasStatus(422).bodyText().contains("Plex could not be asked for its libraries", "Films");
		then(this.profiles).should(never()).createHidden(any());
	}

	@Test
	void servesTheQrCodeAsAnSvgImage() {
		long id = created("QR", "profileId", friends());

		MvcTestResult qr = this.mvc.get()
			.uri("/admin/links/" + id + "/qr.svg")
			.with(user("owner").roles("ADMIN"))
			.exchange();

		assertThat(qr).hasStatusOk().hasContentType("image/svg+xml");
		assertThat(qr).bodyText().startsWith("<svg").contains("<path");
	}

	@Test
	void showsEachRedemptionWithTheRecordedStateWhenPlexCannotBeAsked() {
		long id = created("Detail", "profileId", friends(), "customCode", "detail-link");
		var link = this.links.findByCode("detail-link").orElseThrow();
		long redemption = ((Reservation.Reserved) this.links.reserve(link,
				new Invitee(4242L, "zoe", "zoe@example.com")))
			.redemptionId();
		this.links.recordShared(redemption, 777L, null);

		assertThat(get("/admin/links/" + id)).hasStatusOk()
			.bodyText()
			.contains("zoe", "zoe@example.com", "Plex account 4242", "Shared", "777",
					"The state on Plex cannot be shown right now", "/admin/links/" + id + "/qr.svg");
	}

	@Test
	void theDashboardListsSignInsThatFailedUntilTheLinkIsDeleted() {
		long id = created("Broken", "profileId", friends(), "customCode", "broken-link");
		var link = this.links.findByCode("broken-link").orElseThrow();
		long redemption = ((Reservation.Reserved) this.links.reserve(link,
				new Invitee(5151L, "yuki", "yuki@example.com")))
			.redemptionId();
		this.links.recordFailed(redemption, "PLEX_ERROR", "plex.tv answered 500");

		assertThat(get("/admin")).hasStatusOk()
			.bodyText()
			.contains("Some people could not join with an invite link", "yuki at ", "Plex answered with an error.",
					"/admin/links/" + id);
		assertThat(post("/admin/links/" + id + "/delete")).hasStatus3xxRedirection();
		assertThat(get("/admin")).bodyText().doesNotContain("yuki at ");
	}

	@Test
	void revokesAfterConfirmationAndDeletedLinksAreGone() {
		long id = created("Gone", "profileId", friends());

		assertThat(post("/admin/links/" + id + "/revoke")).hasStatus3xxRedirection();
		assertThat(get("/admin/links/" + id)).bodyText().contains("Revoked");
		assertThat(post("/admin/links/" + id + "/delete")).hasStatus3xxRedirection();

		assertThat(get("/admin/links/" + id)).hasStatus(404);
		assertThat(get("/admin/links/" + id + "/edit")).hasStatus(404);
		assertThat(post("/admin/links/" + id + "/delete")).hasStatus(404);
	}

	@Test
	void editsALinkButNeverItsCode() {
		long id = created("Before", "profileId", friends(), "customCode", "keep-me-please");

		assertThat(get("/admin/links/" + id + "/edit")).hasStatusOk().bodyText().contains("Before", "keep-me");
		assertThat(post("/admin/links/" + id, "label", "After", "customCode", "changed", "expiry", "NEVER", "uses",
				"MANY", "maxUses", "5", "access", "PROFILE", "profileId", friends()))
			.hasStatus3xxRedirection();

		var edited = this.links.find(id).orElseThrow().link();
		assertThat(edited.label()).isEqualTo("After");
		assertThat(edited.code()).isEqualTo("keep-me-please");
		assertThat(edited.maxUses()).isEqualTo(5);
	}

}
