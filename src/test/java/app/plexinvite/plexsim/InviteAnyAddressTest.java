package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the demo world the plex-simulator command runs, an invite to any e-mail address
 * without a Plex account is a pending invite keyed by that address, as on plex.tv
 * (plex-protocol.md §5a: "any syntactically valid email appears to be accepted and
 * becomes an email-keyed invite"; §8a), through the routes PlexClient uses.
 */
class InviteAnyAddressTest {

	private final PlexSimulator sim = PlexSimulator.builder().demoData().withoutRequestLog().build();

	private final SimServer server = this.sim.server(SimulatorCommand.SERVER);

	private final SimHttp http = new SimHttp();

	@AfterEach
	void close() {
		this.sim.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "bench-01999@bench.example", "Some.One+plex@Mail.Example.org", "x@y.io" })
	void invitesAnUnknownAddressAsAPendingInviteListedByTheEmail(String address) {
		HttpResponse<String> invite = v1Invite(address);
		HttpResponse<String> pending = this.http.v2(this.sim, "GET", "/api/v2/shared_servers/invites/owned/pending",
				null, "Accept", "application/json");

		assertThat(invite.statusCode()).isEqualTo(200);
		assertThat(invite.body()).contains("<SharedServer id=\"")
			.contains("username=\"\"")
			.contains("email=\"" + address + "\"")
			.contains("acceptedAt=\"\"");
		assertThat(pending.body()).contains("\"invitedEmail\":\"" + address + "\"");
		assertThat(this.sim.shares()).filteredOn((share) -> address.equals(share.invitedEmail()))
			.singleElement()
			.satisfies((share) -> {
				assertThat(share.invitedId()).isNull();
				assertThat(share.accepted()).isFalse();
			});
		assertThat(this.sim.stats().shares()).isEqualTo(new SimStats.Shares(1, 1, 0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "grace@example.com", "carol@example.com" })
	void refusesAnAddressThatAlreadyHasAShareOrPendingInviteAsADuplicate(String address) {
		HttpResponse<String> invite = v1Invite(address);

		assertThat(invite.statusCode()).isEqualTo(400);
		assertThat(invite.body()).contains("You're already sharing this server with ");
		assertThat(this.sim.stats().shares()).isEqualTo(new SimStats.Shares(1, 0, 1));
	}

	/** The body PlexClient sends (SharingCalls.invite, plex-protocol.md §5a). */
	private HttpResponse<String> v1Invite(String invited) {
		String body = """
				{"server_id": "%s",
				 "shared_server": {"library_section_ids": [], "invited_email": "%s"},
				 "sharing_settings": {"allowSync": "0", "allowCameraUpload": "0", "allowChannels": "0",
				   "filterMovies": "", "filterTelevision": "", "filterMusic": ""}}"""
			.formatted(this.server.machineIdentifier(), invited);
		return this.http.send("POST",
				this.sim.baseUrl() + "/api/servers/" + this.server.machineIdentifier() + "/shared_servers", body,
				"X-Plex-Token", this.sim.ownerToken(), "Content-Type", "application/json", "Accept", "*/*");
	}

}
