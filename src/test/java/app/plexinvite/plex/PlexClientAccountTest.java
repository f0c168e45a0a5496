package app.plexinvite.plex;

import java.time.Duration;

import app.plexinvite.plexsim.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlexClientAccountTest {

	private final SimFixture fixture = new SimFixture();

	@AfterEach
	void close() {
		this.fixture.close();
	}

	@Test
	void readsTheAccountOfATokenSendingTheTokenOnlyAsAHeader() {
		PlexAccount account = this.fixture.client().account(new PlexToken(this.fixture.sim.ownerToken()));

		assertThat(account.id()).isEqualTo(this.fixture.sim.owner().id());
		assertThat(account.username()).isEqualTo(this.fixture.sim.owner().username());
		assertThat(account.email()).isEqualTo(this.fixture.sim.owner().email());
		RecordedRequest request = this.fixture.only("GET", "/api/v2/user");
		assertThat(request.header("X-Plex-Token")).isEqualTo(this.fixture.sim.ownerToken());
		assertThat(request.queryParam("X-Plex-Token")).isNull();
		assertThat(String.valueOf(request.query())).doesNotContain(this.fixture.sim.ownerToken());
		assertThat(request.header("Accept")).contains("application/json");
	}

	@Test
	void tellsWhetherTheAccountsEmailIsConfirmed() {
		app.plexinvite.plexsim.SimAccount newcomer = this.fixture.sim.addAccount("newcomer", "new@example.com");
		PlexClient client = this.fixture.client();
		PlexToken token = new PlexToken(newcomer.token());

		boolean confirmedAtFirst = client.account(token).confirmed();
		this.fixture.sim.confirmEmail(newcomer, false);

		assertThat(confirmedAtFirst).isTrue();
		assertThat(client.account(token).confirmed()).isFalse();
	}

	@Test
	void readsTheOwnersPlexPassFromTheSubscription() {
		PlexClient client = this.fixture.client();

		boolean withPass = client.ownerHasPlexPass();
		this.fixture.sim.plexPass(this.fixture.sim.owner(), false);

		assertThat(withPass).isTrue();
		assertThat(client.ownerHasPlexPass()).isFalse();
	}

	@Test
	void sendsTheSameIdentityHeadersOnEveryCall() {
		PlexClient client = this.fixture.client();
		client.account(new PlexToken(this.fixture.sim.ownerToken()));
		client.libraries();
		client.createPin();

		assertThat(this.fixture.sim.requests()).hasSizeGreaterThan(3).allSatisfy((request) -> {
			assertThat(request.header("X-Plex-Client-Identifier")).isEqualTo(SimFixture.CLIENT_ID);
			assertThat(request.header("X-Plex-Product")).isEqualTo("Plex Invite");
			assertThat(request.header("X-Plex-Version")).isEqualTo("1.2.3");
			assertThat(request.header("X-Plex-Platform")).isEqualTo("Java");
			assertThat(request.header("X-Plex-Device-Name")).isEqualTo("Plex Invite");
			assertThat(request.queryParam("X-Plex-Token")).isNull();
		});
	}

	@Test
	void rejectsAnUnknownTokenWith401() {
		PlexException ex = catchThrowableOfType(PlexException.class,
				() -> this.fixture.client().account(new PlexToken("NotARealTokenAtAll00")));

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.TOKEN_REJECTED);
		assertThat(ex.httpStatus()).contains(401);
		assertThat(ex.getMessage()).doesNotContain("NotARealTokenAtAll00");
		assertThat(this.fixture.waits).isEmpty();
	}

	@Test
	void rejectsARevokedTokenAnsweredWith422InvalidToken() {
		this.fixture.sim.revokeToken(this.fixture.sim.ownerToken());

		PlexException ex = catchThrowableOfType(PlexException.class,
				() -> this.fixture.client().ping(new PlexToken(this.fixture.sim.ownerToken())));

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.TOKEN_REJECTED);
		assertThat(ex.httpStatus()).contains(422);
		assertThat(ex.plexMessage()).contains("Invalid token");
		assertThat(ex.getMessage()).doesNotContain(this.fixture.sim.ownerToken());
	}

	@Test
	void pingsAnAcceptedToken() {
		assertThat(this.fixture.client().ping(new PlexToken(this.fixture.sim.ownerToken()))).isTrue();
		assertThat(this.fixture.only("GET", "/api/v2/ping").header("X-Plex-Token"))
			.isEqualTo(this.fixture.sim.ownerToken());
	}

	@Test
	void backsOffExponentiallyWhenRateLimited() {
		this.fixture.sim.faults().rateLimitNext(3);

		PlexAccount account = this.fixture.client().account(new PlexToken(this.fixture.sim.ownerToken()));

		assertThat(account.id()).isEqualTo(this.fixture.sim.owner().id());
		assertThat(this.fixture.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
				Duration.ofSeconds(4));
		assertThat(this.fixture.requests("GET", "/api/v2/user")).hasSize(4);
	}

	@Test
	void givesUpRateLimitedAfterTheLastAttempt() {
		this.fixture.sim.faults().rateLimitNext(50);

		PlexException ex = catchThrowableOfType(PlexException.class,
				() -> this.fixture.client().account(new PlexToken(this.fixture.sim.ownerToken())));

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.RATE_LIMITED);
		assertThat(ex.httpStatus()).contains(429);
		assertThat(ex.plexMessage()).contains("API rate limit exceeded");
		assertThat(this.fixture.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
				Duration.ofSeconds(4), Duration.ofSeconds(8));
		assertThat(this.fixture.requests("GET", "/api/v2/user")).hasSize(5);
	}

	@Test
	void capsTheWaitAtThirtySeconds() {
		this.fixture.sim.faults().rateLimitNext(8);
		PlexClient patient = this.fixture.client(new PlexProperties(this.fixture.sim.ownerToken(), "Living Room", null,
				java.net.URI.create(this.fixture.sim.baseUrl()), java.net.URI.create(this.fixture.sim.baseUrl()),
				java.net.URI.create(this.fixture.sim.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5), 4, 9));

		patient.account(new PlexToken(this.fixture.sim.ownerToken()));

		assertThat(this.fixture.waits).map(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
	}

	@Test
	void refusesOwnerCallsWhileNoTokenIsConfigured() {
		PlexClient unconfigured = this.fixture.client(this.fixture.properties(null, "Living Room", null));

		PlexException ex = catchThrowableOfType(PlexException.class, unconfigured::users);

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.NOT_CONFIGURED);
		assertThat(this.fixture.sim.requests()).isEmpty();
	}

}
