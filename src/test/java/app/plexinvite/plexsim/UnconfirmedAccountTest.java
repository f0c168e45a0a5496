package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account whose e-mail is not confirmed yet: {@code confirmed} false on
 * {@code /api/v2/user} (plex-protocol.md §1a) and no received invites (§8b caveat).
 */
class UnconfirmedAccountTest {

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	private final SimServer server = this.sim.addServer("Living Room");

	private final SimAccount friend = this.sim.addAccount("newcomer", "newcomer@example.com");

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void newAccountsAreConfirmedInJsonAndXml() {
		assertThat(asFriend("/api/v2/user", "application/json").body()).contains("\"confirmed\":true");
		assertThat(asFriend("/api/v2/user", "application/xml").body()).contains(" confirmed=\"1\"");
	}

	@Test
	void anUnconfirmedAccountSaysSoInJsonAndXml() {
		this.sim.confirmEmail(this.friend, false);

		assertThat(asFriend("/api/v2/user", "application/json").body()).contains("\"confirmed\":false");
		assertThat(asFriend("/api/v2/user", "application/xml").body()).contains(" confirmed=\"0\"");
	}

	@Test
	void anUnconfirmedAccountSeesNoReceivedInviteUntilItConfirms() {
		shareWithFriend();
		this.sim.confirmEmail(this.friend, false);

		String hidden = asFriend("/api/v2/shared_servers/invites/received/pending", "application/json").body();
		this.sim.confirmEmail(this.friend, true);
		String shown = asFriend("/api/v2/shared_servers/invites/received/pending", "application/json").body();

		assertThat(hidden).isEqualTo("[]");
		assertThat(shown).contains("\"sharedServers\":[{\"id\":" + this.sim.shares().get(0).id() + ",");
	}

	private void shareWithFriend() {
		HttpResponse<String> created = this.http.v2(this.sim, "POST", "/api/v2/shared_servers",
				"{\"machineIdentifier\":\"" + this.server.machineIdentifier()
						+ "\",\"invitedEmail\":\"newcomer\",\"librarySectionIds\":[],\"settings\":{}}",
				"Content-Type", "application/json", "Accept", "application/json");
		assertThat(created.statusCode()).isEqualTo(201);
	}

	private HttpResponse<String> asFriend(String path, String accept) {
		return this.http.send("GET", this.sim.baseUrl() + path, null, "X-Plex-Token", this.friend.token(),
				"X-Plex-Client-Identifier", this.friend.uuid(), "Accept", accept);
	}

}
