package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v2/user} carries every field that strict clients validate (plex-protocol.md
 * §1a; @lukehagar/plexjs 0.35 through tools/interop).
 */
class UserAccountFieldsTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void sendsTheAdsConsentFieldsEmptyInXmlLikeTheCapturedAccount() {
		HttpResponse<String> xml = this.http.v2(this.sim, "GET", "/api/v2/user", null);

		assertThat(xml.body()).contains(
				" adsConsent=\"\" adsConsentSetAt=\"\" adsConsentReminderAt=\"\" experimentalFeatures=\"0\" twoFactorEnabled=\"0\"");
	}

	@Test
	void sendsTheAdsConsentFieldsAndAttributionPartnerAsNullInJson() {
		HttpResponse<String> json = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept", "application/json");

		assertThat(json.body()).contains("\"adsConsent\":null,\"adsConsentSetAt\":null,\"adsConsentReminderAt\":null")
			.contains("\"experimentalFeatures\":false")
			.contains("\"attributionPartner\":null")
			.contains("\"watchedIndicator\":0,\"mediaReviewsVisibility\":0");
	}

}
