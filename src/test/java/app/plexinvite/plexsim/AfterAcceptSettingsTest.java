package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Wizarr does with the invitee's token after accepting (plex-protocol.md §8b step
 * 4), and GOPLEX's pre-check {@code POST /api/users/validate} (§5a).
 */
class AfterAcceptSettingsTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	private final SimAccount invitee = this.sim.addAccount("invitee", "invitee@example.com");

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void recordsViewStateSyncConsentLikePythonPlexApiSendsIt() {
		assertThat(asInvitee("GET", "/api/v2/user/view_state_sync").body()).contains("consent=\"0\"");

		HttpResponse<String> put = asInvitee("PUT", "/api/v2/user/view_state_sync?consent=True");

		assertThat(put.statusCode()).isEqualTo(204);
		assertThat(asInvitee("GET", "/api/v2/user/view_state_sync").body()).contains("consent=\"1\"");
		assertThat(asInvitee("PUT", "/api/v2/user/view_state_sync").statusCode()).isEqualTo(400);
	}

	@Test
	void listsAndChangesOnlineMediaSourceOptOuts() {
		String path = "/api/v2/user/" + this.invitee.uuid() + "/settings/opt_outs";

		assertThat(asInvitee("GET", path).body()).contains("<optOut key=\"tv.plex.provider.vod\" value=\"opt_in\"/>");
		HttpResponse<String> posted = asInvitee("POST", path + "?key=tv.plex.provider.vod&value=opt_out");

		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(asInvitee("GET", path).body()).contains("<optOut key=\"tv.plex.provider.vod\" value=\"opt_out\"/>");
		assertThat(asInvitee("POST", path + "?key=tv.plex.provider.vod&value=maybe").statusCode()).isEqualTo(400);
		String owners = "/api/v2/user/" + this.sim.owner().uuid() + "/settings/opt_outs";
		assertThat(asInvitee("GET", owners).statusCode()).isEqualTo(403);
	}

	@Test
	void validatesAnAccountOrAnyEmailAndRefusesAnUnknownUsername() {
		HttpResponse<String> account = validate("invitee");
		HttpResponse<String> email = validate("nobody@example.com");
		HttpResponse<String> unknown = validate("no-such-user");

		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).endsWith("<Response code=\"0\" status=\"Valid user\"/>\n");
		assertThat(email.statusCode()).isEqualTo(200);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("<Response code=\"400\"");
	}

	private HttpResponse<String> validate(String invited) {
		return this.http.send("POST", this.sim.baseUrl() + "/api/users/validate?invited_email=" + invited, null,
				"X-Plex-Token", this.sim.ownerToken());
	}

	private HttpResponse<String> asInvitee(String method, String path) {
		return this.http.send(method, this.sim.baseUrl() + path, null, "X-Plex-Token", this.invitee.token(),
				"X-Plex-Client-Identifier", SimHttp.CLIENT_ID);
	}

}
