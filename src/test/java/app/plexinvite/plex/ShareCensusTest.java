package app.plexinvite.plex;

import java.util.List;

import app.plexinvite.plex.ServerShares.ServerShare;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wire shapes the simulator does not produce: the /api/users sample of plex-protocol.md
 * §7a (a managed user with only a title), a pending invitee whose {@code <Server>} lacks
 * ids (§7a, JBOPS #341), GOPLEX's "1"/"0" settings (§12.3), NEVU's nested pending invites
 * (§8b) and answers that cannot be read.
 */
class ShareCensusTest {

	private static final String MID = "93c418a691854d3be47ead674134d86a3f5e00f4";

	private static final String USERS = """
			<MediaContainer friendlyName="myPlex" totalSize="%d" size="2">
			<User id="22526914" title="Friend" username="friend" email="friend@example.com" home="0">
			<Server id="907759180" serverId="9999999" machineIdentifier="%s" name="HomeServer" allLibraries="0" pending="0"/>
			</User>
			<User id="8676063" title="Kid" home="1">
			<Server id="5558593" serverId="8035121" machineIdentifier="%s" name="HomeServer" allLibraries="1" pending="0"/>
			</User></MediaContainer>""";

	private static final String ACCEPTED = """
			[{"id":907759180,"machineIdentifier":"%s","invitedId":22526914,"invitedEmail":"friend@example.com",
			  "accepted":true,"invited":{"id":22526914,"title":"Old Name","username":"friend"},
			  "sharingSettings":{"allowSync":"1","allowCameraUpload":"0","allowChannels":"1","filterMovies":"label=kids"},
			  "libraries":[{"id":35723967,"key":2},{"id":35723968,"key":8}],"allLibraries":false},
			 {"id":5558593,"machineIdentifier":"%s","invitedId":8676063,"accepted":true,
			  "invited":{"id":8676063,"title":"Kid"},"libraries":[{"id":35723967}],"allLibraries":true}]"""
		.formatted(MID, MID);

	@Test
	void takesTheAccountFromUsersAndTheRestFromV2() {
		ServerShares answer = census().users(USERS.formatted(2, MID, MID))
			.v2(ACCEPTED, "accepted", true)
			.v2("[]", "pending", false)
			.result();

		assertThat(answer.complete()).isTrue();
		assertThat(answer.shares()).containsExactly(
				new ServerShare(907759180L, 22526914L, "friend", "friend@example.com", "Friend", true, false,
						List.of(35723967L, 35723968L), new ShareSettings(true, false, true, "label=kids", "", "")),
				new ServerShare(5558593L, 8676063L, null, null, "Kid", true, true, List.of(), null));
	}

	@Test
	void isIncompleteWhenAV2ShareNamesNoIdOrNoServer() {
		String pending = """
				[{"machineIdentifier":"%s","invitedEmail":"no-id@example.com","accepted":false,"allLibraries":true},
				 {"id":4242,"invitedEmail":"no-server@example.com","accepted":false,"allLibraries":true}]"""
			.formatted(MID);

		ServerShares answer = census().users(USERS.formatted(2, MID, MID))
			.v2(ACCEPTED, "accepted", true)
			.v2(pending, "pending", false)
			.result();

		assertThat(answer.complete()).isFalse();
		assertThat(answer.problem()).isEqualTo("2 share(s) without an id or a server in pending");
		assertThat(answer.shares()).hasSize(2);
	}

	@Test
	void isIncompleteWhenTotalSizeCountsMoreUsersThanListed() {
		ServerShares answer = census().users(USERS.formatted(3, MID, MID))
			.v2(ACCEPTED, "accepted", true)
			.v2("[]", "pending", false)
			.result();

		assertThat(answer.complete()).isFalse();
		assertThat(answer.problem()).isEqualTo("plex.tv listed 2 of 3 users (/api/users)");
	}

	@Test
	void trustsAPendingInviteWhoseUsersEntryLacksIds() {
		String users = """
				<MediaContainer totalSize="1" size="1"><User id="555" title="newbie" username="newbie">
				<Server pending="1"/></User></MediaContainer>""";
		String pending = """
				[{"id":"77","createdAt":"2026-01-01T00:00:00Z","invitedEmail":"newbie@example.com",
				  "invited":{"id":555,"username":"newbie","title":"newbie"},
				  "sharedServers":[{"id":4242,"machineIdentifier":"%s","allLibraries":true}]}]""".formatted(MID);

		ServerShares answer = census().users(users).v2("[]", "accepted", true).v2(pending, "pending", false).result();

		assertThat(answer.complete()).isTrue();
		assertThat(answer.shares()).containsExactly(
				new ServerShare(4242L, 555L, "newbie", "newbie@example.com", "newbie", false, true, List.of(), null));
	}

	@Test
	void listsAShareInBothV2ListsOnceAsAccepted() {
		String accepted = "[{\"id\":9,\"machineIdentifier\":\"" + MID + "\",\"invitedEmail\":\"x@example.com\"}]";

		ServerShares answer = census().users("<MediaContainer totalSize=\"0\" size=\"0\"/>")
			.v2(accepted, "accepted", true)
			.v2(accepted, "pending", false)
			.result();

		assertThat(answer.shares()).singleElement().satisfies((share) -> assertThat(share.accepted()).isTrue());
	}

	@Test
	void isIncompleteWhenAListCannotBeRead() {
		ServerShares html = census().users("<html><body>Oops</body")
			.v2(ACCEPTED, "/api/v2/shared_servers/owned/accepted", true)
			.v2("[]", "pending", false)
			.result();
		ServerShares nothing = census().users(USERS.formatted(2, MID, MID))
			.v2(ACCEPTED, "accepted", true)
			.v2("null", "/api/v2/shared_servers/invites/owned/pending", false)
			.result();

		assertThat(html.complete()).isFalse();
		assertThat(html.problem()).isEqualTo("unreadable answer from /api/users");
		assertThat(html.shares()).hasSize(2);
		assertThat(nothing.complete()).isFalse();
		assertThat(nothing.problem()).isEqualTo("unreadable answer from /api/v2/shared_servers/invites/owned/pending");
	}

	private static ShareCensus census() {
		return new ShareCensus(MID);
	}

}
