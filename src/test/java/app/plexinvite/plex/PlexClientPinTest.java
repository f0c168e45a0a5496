package app.plexinvite.plex;

import app.plexinvite.support.MutableClock;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import app.plexinvite.plexsim.RecordedRequest;
import app.plexinvite.plexsim.SimAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlexClientPinTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private final SimFixture fixture = new SimFixture(this.clock);

	private final PlexClient client = this.fixture.client();

	@AfterEach
	void close() {
		this.fixture.close();
	}

	@Test
	void createsAStrongPinWithoutAToken() {
		PlexPin pin = this.client.createPin();

		assertThat(pin.approved()).isFalse();
		assertThat(pin.code()).hasSizeGreaterThan(4);
		assertThat(pin.expiresAt()).isAfter(this.clock.instant());
		RecordedRequest request = this.fixture.only("POST", "/api/v2/pins");
		assertThat(request.queryParam("strong")).isEqualTo("true");
		assertThat(request.header("X-Plex-Token")).isNull();
		assertThat(request.header("X-Plex-Client-Identifier")).isEqualTo(SimFixture.CLIENT_ID);
	}

	@Test
	void pollsUntilTheAccountApprovesThePin() {
		PlexPin pin = this.client.createPin();
		assertThat(this.client.pollPin(pin.id()).approved()).isFalse();
		SimAccount alice = this.fixture.sim.addAccount("alice", "alice@example.com");

		this.fixture.sim.approvePin(pin.id(), alice);
		PlexPin approved = this.client.pollPin(pin.id());

		assertThat(approved.approved()).isTrue();
		assertThat(approved.authToken().value()).isEqualTo(alice.token());
		assertThat(this.client.account(approved.authToken()).username()).isEqualTo("alice");
		assertThat(this.fixture.requests("GET", "/api/v2/pins/" + pin.id()))
			.allSatisfy((poll) -> assertThat(poll.header("X-Plex-Token")).isNull());
	}

	@Test
	void reportsAnExpiredPin() {
		PlexPin pin = this.client.createPin();
		this.clock.advance(Duration.ofHours(2));

		PlexException ex = catchThrowableOfType(PlexException.class, () -> this.client.pollPin(pin.id()));

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.PIN_EXPIRED);
		assertThat(ex.httpStatus()).contains(404);
	}

	@Test
	void buildsTheSignInPageWithOurClientIdentifier() {
		PlexPin pin = this.client.createPin();

		URI url = this.client.authUrl(pin, URI.create("https://invite.example.com/plex/return?x=1"));

		assertThat(url.toString()).startsWith(this.fixture.sim.baseUrl() + "/auth#?");
		Map<String, String> fragment = Arrays.stream(url.getRawFragment().substring(1).split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> decode(pair[0]), (pair) -> decode(pair[1])));
		assertThat(fragment).containsEntry("clientID", SimFixture.CLIENT_ID)
			.containsEntry("code", pin.code())
			.containsEntry("context[device][product]", "Plex Invite")
			.containsEntry("forwardUrl", "https://invite.example.com/plex/return?x=1");
	}

	@Test
	void acceptsAReceivedInviteWithTheInviteesToken() {
		SimAccount bob = this.fixture.sim.addAccount("bob", "bob@example.com");
		long shareId = this.client.share("bob", LibrarySelection.all(), ShareSettings.defaults()).shareId();
		PlexToken bobToken = new PlexToken(bob.token());

		assertThat(this.client.receivedInvites(bobToken)).singleElement().satisfies((invite) -> {
			assertThat(invite.sharedServerId()).isEqualTo(shareId);
			assertThat(invite.ownerUsername()).isEqualTo(this.fixture.sim.owner().username());
			assertThat(invite.machineIdentifier()).isEqualTo(this.fixture.server.machineIdentifier());
		});
		this.client.acceptInvite(bobToken, shareId);

		assertThat(this.fixture.sim.shares()).singleElement()
			.satisfies((share) -> assertThat(share.accepted()).isTrue());
		RecordedRequest accept = this.fixture.only("POST", "/api/v2/shared_servers/" + shareId + "/accept");
		assertThat(accept.header("X-Plex-Token")).isEqualTo(bob.token());
		assertThat(this.client.receivedInvites(bobToken)).isEmpty();
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
